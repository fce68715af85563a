import type { PromptFile } from '../core/schema.js';
import { Changes, keysOf, same, shown } from './values.js';

type Fields = Partial<PromptFile>;

/** name, description, tags, metadata: what people read, never what the model sees. */
export function compareMetadata(a: Fields, b: Fields, out: Changes): void {
  if (!same(a.name, b.name)) out.add('metadata', 'name', kindOf(a.name, b.name), 'fix', `name ${shown(a.name)} -> ${shown(b.name)}`, a.name, b.name);
  if (!same(a.description, b.description)) {
    const kind = editKind(a.description, b.description);
    out.add('metadata', 'description', kind, 'fix', `description ${kind}`, a.description, b.description);
  }
  if (!same(a.tags, b.tags)) {
    const before = new Set(a.tags ?? []);
    const after = new Set(b.tags ?? []);
    const added = [...after].filter((t) => !before.has(t)).map((t) => `+${t}`);
    const removed = [...before].filter((t) => !after.has(t)).map((t) => `-${t}`);
    const what = [...added, ...removed].join(' ') || 'reordered';
    out.add('metadata', 'tags', kindOf(a.tags, b.tags), 'fix', `tags ${what}`, a.tags, b.tags);
  }
  for (const key of keysOf(a.metadata, b.metadata)) {
    const x = a.metadata?.[key];
    const y = b.metadata?.[key];
    if (!same(x, y)) out.add('metadata', `metadata.${key}`, kindOf(x, y), 'fix', `metadata.${key} ${shown(x)} -> ${shown(y)}`, x, y);
  }
}

/** The model, its parameters and the response format: each changes what the caller gets back. */
export function compareModel(a: Fields, b: Fields, out: Changes): void {
  if (!same(a.model, b.model)) out.add('model', 'model', kindOf(a.model, b.model), 'feature', `model ${shown(a.model)} -> ${shown(b.model)}`, a.model, b.model);
  const pa = a.modelParameters as Record<string, unknown> | undefined;
  const pb = b.modelParameters as Record<string, unknown> | undefined;
  for (const key of keysOf(pa, pb)) {
    const x = pa?.[key];
    const y = pb?.[key];
    if (same(x, y)) continue;
    const summary = x === undefined ? `+${key} ${shown(y)}` : y === undefined ? `-${key} (was ${shown(x)})` : `${key} ${shown(x)} -> ${shown(y)}`;
    out.add('model', `modelParameters.${key}`, kindOf(x, y), 'feature', summary, x, y);
  }
  if (!same(a.responseFormat, b.responseFormat)) {
    out.add('model', 'responseFormat', kindOf(a.responseFormat, b.responseFormat), 'feature', `responseFormat ${shown(a.responseFormat ?? 'text')} -> ${shown(b.responseFormat ?? 'text')}`, a.responseFormat, b.responseFormat);
  }
  if (!same(a.jsonSchema, b.jsonSchema)) {
    const kind = editKind(a.jsonSchema, b.jsonSchema);
    out.add('model', 'jsonSchema', kind, 'feature', `jsonSchema ${kind}`, a.jsonSchema, b.jsonSchema);
  }
}

/** testData and evaluators: they check the prompt, callers never see them. */
export function compareChecks(a: Fields, b: Fields, out: Changes): void {
  for (const field of ['testData', 'evaluators'] as const) {
    const x = (a[field] ?? []) as unknown[];
    const y = (b[field] ?? []) as unknown[];
    if (same(x, y)) continue;
    const noun = field === 'testData' ? 'case' : 'evaluator';
    const edited = x.slice(0, y.length).filter((v, i) => !same(v, y[i])).length;
    const parts: string[] = [];
    if (y.length > x.length) parts.push(`+${y.length - x.length} ${noun}${y.length - x.length === 1 ? '' : 's'}`);
    if (x.length > y.length) parts.push(`-${x.length - y.length} ${noun}${x.length - y.length === 1 ? '' : 's'}`);
    if (edited > 0) parts.push(`${edited} ${noun}${edited === 1 ? '' : 's'} edited`);
    out.add(field, field, kindOf(a[field], b[field]), 'fix', `${field}: ${parts.join(', ')}`, a[field], b[field]);
  }
}

/** `x-*` keys: tool-specific data promptgit does not interpret. */
export function compareExtensions(a: Record<string, unknown>, b: Record<string, unknown>, out: Changes): void {
  for (const key of keysOf(a, b)) {
    if (!key.startsWith('x-') || same(a[key], b[key])) continue;
    const kind = kindOf(a[key], b[key]);
    out.add('extensions', key, kind, 'fix', `${key} ${kind === 'changed' ? 'edited' : kind}`, a[key], b[key]);
  }
}

export function kindOf(before: unknown, after: unknown): 'added' | 'removed' | 'changed' {
  return before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
}

/** Like kindOf, for text fields: a change to a text is an edit (shown with a word diff). */
function editKind(before: unknown, after: unknown): 'added' | 'removed' | 'edited' {
  const kind = kindOf(before, after);
  return kind === 'changed' ? 'edited' : kind;
}
