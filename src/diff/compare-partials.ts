import { parseTemplate } from '../core/template.js';
import { Changes, sameWords } from './values.js';

/** Names of the partials a set of templates includes, directly or through other partials. */
export function includedPartials(templates: readonly string[], partials: ReadonlyMap<string, string>): Set<string> {
  const names = new Set<string>();
  const visit = (template: string): void => {
    // Most templates include nothing: skip mustache's parser unless a partial (or a delimiter change) could be there.
    if (!template.includes('{{>') && !template.includes('{{=')) return;
    let found: string[];
    try {
      found = parseTemplate(template).partials.map((p) => p.name);
    } catch {
      return;
    }
    for (const name of found) {
      if (names.has(name)) continue;
      names.add(name);
      const text = partials.get(name);
      if (text !== undefined) visit(text);
    }
  };
  for (const template of templates) visit(template);
  return names;
}

/**
 * Partials the prompt includes, compared side by side: an edit changes what the model
 * sees (feature); a partial that is still included but no longer exists renders as
 * nothing (breaking).
 */
export function comparePartials(
  a: { templates: readonly string[]; partials: ReadonlyMap<string, string> },
  b: { templates: readonly string[]; partials: ReadonlyMap<string, string> },
  out: Changes,
): void {
  const before = includedPartials(a.templates, a.partials);
  const after = includedPartials(b.templates, b.partials);
  for (const name of [...after].sort()) {
    const x = before.has(name) ? a.partials.get(name) : undefined;
    const y = b.partials.get(name);
    const path = `partials.${name}`;
    if (y === undefined) {
      if (a.partials.has(name)) out.add('partials', path, 'removed', 'breaking', `partial ${name} removed (still included)`, a.partials.get(name), undefined);
    } else if (x === undefined) {
      if (before.has(name)) out.add('partials', path, 'added', 'feature', `partial ${name} added`, undefined, y);
    } else if (x !== y) {
      const whitespace = sameWords(x, y);
      out.add('partials', path, whitespace ? 'whitespace' : 'edited', whitespace ? 'fix' : 'feature', `partial ${name} ${whitespace ? 'whitespace changed' : 'edited'}`, x, y);
    }
  }
}
