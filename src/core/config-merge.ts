import { isMap, isScalar, parseDocument, type Document } from 'yaml';

/** The settings a user's config keeps when `init --force` writes the new defaults around them. */
export interface MergedConfig {
  content: string;
  /** Dotted paths of the user's values that differ from the defaults, e.g. `tagPrefix`, `lint.rules`. */
  kept: string[];
}

/** A YAML error in the user's config: there is nothing safe to merge. */
export interface UnmergeableConfig {
  line: number;
  message: string;
}

// The maps whose entries are settings of their own: their keys are merged one by one,
// so a new default key inside them still appears.
const NESTED = new Set(['lint']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Lays the user's values over the default config text: the defaults' comments and new keys
 * stay, every value the user set (known to the schema or not) is kept as written, so a
 * customised `tagPrefix` or rule setting is never reset. Text only; the caller writes.
 */
export function mergeConfig(defaults: string, user: string): MergedConfig | UnmergeableConfig {
  const theirs = parseDocument(user, { prettyErrors: false });
  if (theirs.errors.length > 0) {
    const error = theirs.errors[0]!;
    return { line: error.linePos?.[0].line ?? 1, message: error.message.split('\n')[0]! };
  }
  const ours: Document = parseDocument(defaults);
  const kept: string[] = [];
  if (!isMap(theirs.contents)) return { content: defaults, kept };
  for (const pair of theirs.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value;
    if (NESTED.has(key) && isMap(value) && isMap(ours.get(key, true))) {
      for (const inner of value.items) {
        const innerKey = isScalar(inner.key) ? String(inner.key.value) : String(inner.key);
        const path = [key, innerKey];
        if (same(theirs.getIn(path), ours.getIn(path)) && ours.hasIn(path)) continue;
        ours.setIn(path, inner.value);
        kept.push(path.join('.'));
      }
      continue;
    }
    if (ours.has(key) && same(theirs.get(key), ours.get(key))) continue;
    ours.set(key, value);
    kept.push(key);
  }
  return { content: ours.toString(), kept };
}
