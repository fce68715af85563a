import type { Rule } from '../types.js';

/** Surfaces the loader's schema diagnostics, each at its field with a nearest-key suggestion. */
export const rule: Rule = {
  meta: {
    id: 'valid-schema',
    description: 'The fields match the prompt format: right types, at least one message; a top-level key nothing reads is a warning, an error when it is likely a typo.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { problem: '{{message}}' },
  },
  check(prompt, context) {
    for (const d of prompt.diagnostics) {
      if (d.code !== 'valid-schema') continue;
      const end = { line: d.endLine ?? d.line, column: d.endColumn ?? d.column };
      context.report({ messageId: 'problem', data: { message: d.message }, span: { start: { line: d.line, column: d.column }, end }, ...(d.severity === 'warn' ? { severity: 'warn' as const } : {}) });
    }
  },
};
