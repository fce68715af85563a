import { locateInScalar } from '../../core/positions.js';
import { didYouMean } from '../../core/suggest.js';
import { fieldUses, firstTime, templateFields } from '../templates.js';
import type { Rule } from '../types.js';

/** Render refuses every include this rule reports; an invalid name is never advised as a file to create. */
export const rule: Rule = {
  meta: {
    id: 'missing-partial',
    description: 'Every `{{> name}}` names a partial in `.prompts/_partials/<name>.md`, including partials included by partials.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'Partial "{{name}}" does not exist: create .prompts/_partials/{{name}}.md.{{hint}}',
      nested: 'Partial "{{via}}" includes "{{name}}", which does not exist: create .prompts/_partials/{{name}}.md.',
      invalid: '"{{name}}" is not a valid partial name: {{why}}.',
      nestedInvalid: 'Partial "{{via}}" includes "{{name}}", which is not a valid partial name: {{why}}.',
    },
  },
  check(prompt, context) {
    const fields = templateFields(prompt);
    const first = firstTime();
    for (const use of fieldUses(fields, context.partials).partials) {
      if ((!use.missing && use.invalid === undefined) || !first(use.message, use.start, use.partial, use.name)) continue;
      const span = locateInScalar(prompt.doc, prompt.lineCounter, prompt.text, fields[use.message]!.path, use.start, use.end);
      const name = use.name;
      if (use.invalid !== undefined) {
        const data = { name, why: use.invalid, ...(use.partial === undefined ? {} : { via: use.partial }) };
        context.report({ messageId: use.partial === undefined ? 'invalid' : 'nestedInvalid', data, span });
      } else if (use.partial === undefined) {
        context.report({ messageId: 'missing', data: { name, hint: didYouMean(name, context.partials.keys()) }, span });
      } else {
        context.report({ messageId: 'nested', data: { via: use.partial, name }, span });
      }
    }
  },
};
