import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'id-case-collision',
    description: 'No two prompt ids differ only by case: on macOS and Windows checkouts they are the same file.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { collision: 'Prompt id "{{id}}" differs only by case from "{{other}}"; on macOS and Windows they are one file. Rename one of them.' },
  },
  check(prompt, context) {
    const lower = prompt.id.toLowerCase();
    for (const other of context.allIds) {
      if (other !== prompt.id && other.toLowerCase() === lower) {
        context.report({ messageId: 'collision', data: { id: prompt.id, other }, span: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
      }
    }
  },
};
