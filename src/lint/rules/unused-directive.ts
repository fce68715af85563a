import type { Rule } from '../types.js';

/**
 * Reported by the engine, not by `check`: a `# promptgit-disable` comment that disabled
 * nothing. It is a rule so that it can be configured and documented like the others.
 */
export const rule: Rule = {
  meta: {
    id: 'unused-directive',
    description: 'Every `# promptgit-disable` comment disables a finding; a stale one would hide the next real problem.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      unused: '"# {{directive}} {{rule}}" disables nothing here; remove it.',
      unknown: '"# {{directive}}" names an unknown rule "{{rule}}".{{hint}}',
    },
  },
  check() {},
};
