import type { VariableType } from './schema.js';
import { templateUses } from './template-uses.js';

/** A variable read off the templates of a prompt that declares no `variables`. */
export interface InferredVariable {
  name: string;
  type: VariableType;
  /** The types a value may have, when more than one: a section is a list (of items) or a boolean. */
  accepts?: readonly VariableType[];
  /** For a section: the names its body uses, which each item of a list must have (or the caller gives at the top level). */
  fields?: readonly string[];
}

// A section iterates a list or shows its body on a boolean; mustache also takes any truthy
// value, but a string or a number there renders its body with every item name empty.
const SECTION_TYPES: readonly VariableType[] = ['array', 'boolean'];

/**
 * The variables a set of templates uses at the top level, in order of first use. A name used
 * only as a section (`{{#list}}`, `{{^list}}`) is a list or a boolean, and the plain names
 * directly in its body are the fields of its items; any other name is a string. A name used
 * both ways stays a string, as `{{#name}}Hello {{name}}{{/name}}` treats it.
 */
export function inferVariables(templates: readonly string[], partials: ReadonlyMap<string, string>): InferredVariable[] {
  const uses = templateUses(templates, partials).variables;
  const kinds = new Map<string, { plain: boolean; section: boolean }>();
  const fields = new Map<string, Set<string>>();
  for (const { ref, inSection, partial } of uses) {
    if (!inSection) {
      const kind = kinds.get(ref.name) ?? { plain: false, section: false };
      // `{{#user.items}}` is a section of a field: `user` itself is not the list.
      if ((ref.kind === 'section' || ref.kind === 'inverted') && ref.path === ref.name) kind.section = true;
      else kind.plain = true;
      kinds.set(ref.name, kind);
    } else if (partial === undefined && ref.sections.length === 1 && (ref.kind === 'name' || ref.kind === 'unescaped')) {
      // Only the names written directly in the body: a nested section or a partial's names may be optional.
      const owner = ref.sections[0]!;
      fields.set(owner, (fields.get(owner) ?? new Set()).add(ref.name));
    }
  }
  return [...kinds].map(([name, kind]) => {
    const body = fields.get(name) ?? new Set<string>();
    // `{{#name}}Hello {{name}}{{/name}}`: the section only tests the string it prints.
    if (kind.plain || !kind.section || body.has(name)) return { name, type: 'string' };
    const names = [...body];
    return { name, type: SECTION_TYPES[0]!, accepts: SECTION_TYPES, ...(names.length > 0 ? { fields: names } : {}) };
  });
}
