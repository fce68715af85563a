import type { Rule } from '../types.js';

/** Ids by lower-case form, built once per run (the id list is the same for every prompt). */
const indexes = new WeakMap<readonly string[], Map<string, string[]>>();

function byLowerCase(ids: readonly string[]): Map<string, string[]> {
  let index = indexes.get(ids);
  if (!index) {
    index = new Map();
    for (const id of ids) index.set(id.toLowerCase(), [...(index.get(id.toLowerCase()) ?? []), id]);
    indexes.set(ids, index);
  }
  return index;
}

export const rule: Rule = {
  meta: {
    id: 'id-case-collision',
    description: 'No two prompt ids differ only by case: on macOS and Windows checkouts they are the same file.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { collision: 'Prompt id "{{id}}" differs only by case from "{{other}}"; on macOS and Windows they are one file. Rename one of them.' },
  },
  check(prompt, context) {
    for (const other of byLowerCase(context.allIds).get(prompt.id.toLowerCase()) ?? []) {
      if (other !== prompt.id) {
        context.report({ messageId: 'collision', data: { id: prompt.id, other }, span: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
      }
    }
  },
};
