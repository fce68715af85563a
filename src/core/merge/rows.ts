import type { YAMLSeq } from 'yaml';
import { itemLines, itemsOf } from './regions.js';
import type { Edit, MergeContext } from './types.js';

/** JSON with keys sorted, so two rows that hold the same values are one row however they are written. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const keysOf = (seq: YAMLSeq | undefined) => (seq?.items ?? []).map((item) => canonical((item as { toJSON?: () => unknown })?.toJSON?.() ?? item));

function shift(text: string, from: number, to: number): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(to) + line.slice(Math.min(from, line.length - line.trimStart().length))))
    .join('\n');
}

/**
 * testData as a set of rows: a row one side removed is removed, rows either side added are
 * kept (ours first, then theirs'), and a row both added, however formatted, is kept once.
 */
export function mergeRows(ctx: MergeContext, base: YAMLSeq | undefined, ours: YAMLSeq, theirs: YAMLSeq): Edit[] {
  const { texts } = ctx;
  const baseKeys = new Set(keysOf(base));
  const ourKeys = keysOf(ours);
  const theirKeys = keysOf(theirs);
  const theirSet = new Set(theirKeys);
  const ourItems = itemsOf(texts.ours, ours).map((item) => itemLines(texts.ours, item));
  const theirItems = itemsOf(texts.theirs, theirs).map((item) => itemLines(texts.theirs, item));
  const edits: Edit[] = [];
  ourItems.forEach((item, i) => {
    if (baseKeys.has(ourKeys[i]!) && !theirSet.has(ourKeys[i]!)) edits.push({ start: item.start, end: item.end, text: '' });
  });
  const seen = new Set(ourKeys);
  const last = ourItems[ourItems.length - 1]!;
  const added = theirItems.filter((_, i) => {
    const key = theirKeys[i]!;
    if (baseKeys.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const text = added.map((item) => shift(texts.theirs.slice(item.start, item.end), item.indent, last.indent)).join('');
  if (text !== '') edits.push({ start: last.end, end: last.end, text });
  return edits;
}
