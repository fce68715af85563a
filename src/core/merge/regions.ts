import { isScalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * Where a field sits in a file's text. The merge edits only these spans of "ours", so
 * everything else (comments, blank lines, quoting, key order) stays byte for byte.
 */
export interface Region {
  /** Offset of the key (or of a sequence item's value). */
  start: number;
  /** Offset just past the line break of the region's last line. */
  end: number;
  /** The column of `start`: continuation lines are compared with that much indentation removed. */
  column: number;
  /** Whether only spaces precede `start` on its line (not `- ` or `{`), so whole lines can be cut or wrapped. */
  atLineStart: boolean;
  /** The region's text with continuation lines dedented by `column`: the same field at another depth compares equal. */
  norm: string;
}

export interface Entry extends Region {
  key: string;
  pair: Pair<unknown, unknown>;
}

/** A field the merge cannot edit in place; the caller merges the enclosing field as text instead. */
export class Unsupported extends Error {}

const MARKER = /^(<<<<<<<|\|\|\|\|\|\|\||=======|>>>>>>>)/;

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The end of the line holding the last non-blank character before `offset` (past its `\n`). */
function regionEnd(text: string, from: number, offset: number): number {
  let last = Math.max(from, offset - 1);
  while (last > from && /\s/.test(text[last]!)) last--;
  const newline = text.indexOf('\n', last);
  return newline === -1 ? text.length : newline + 1;
}

function dedent(text: string, column: number): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : line.slice(Math.min(column, line.length - line.trimStart().length))))
    .join('\n');
}

/**
 * Indents continuation lines (and the first when `first`) to `column`; blank lines and
 * conflict markers stay at column 0, where git writes markers and lint finds them.
 */
export function reindent(norm: string, column: number, first = false): string {
  const pad = ' '.repeat(column);
  return norm
    .split('\n')
    .map((line, i) => ((i === 0 && !first) || line === '' || MARKER.test(line) ? line : pad + line))
    .join('\n');
}

function regionOf(text: string, start: number, offset: number): Region {
  const ls = lineStart(text, start);
  const end = regionEnd(text, start, offset);
  const column = start - ls;
  return { start, end, column, atLineStart: text.slice(ls, start).trim() === '', norm: dedent(text.slice(start, end), column) };
}

function rangeOf(node: unknown): [number, number, number] | undefined {
  return (node as Node | null)?.range ?? undefined;
}

/** The fields of a block mapping in order, each with its region. A key that is not a plain value is Unsupported. */
export function entriesOf(text: string, map: YAMLMap): Entry[] {
  if (map.flow) throw new Unsupported('flow mapping');
  return map.items.map((pair) => {
    if (!isScalar(pair.key) || !pair.key.range) throw new Unsupported('complex key');
    const key = String(pair.key.value);
    const valueEnd = rangeOf(pair.value)?.[1] ?? pair.key.range[1];
    return { key, pair, ...regionOf(text, pair.key.range[0], Math.max(valueEnd, pair.key.range[1])) };
  });
}

/** The items of a block sequence, each a region starting at the item's value (after `- `). */
export function itemsOf(text: string, seq: YAMLSeq): Region[] {
  if (seq.flow) throw new Unsupported('flow sequence');
  return seq.items.map((item) => {
    const range = rangeOf(item);
    if (!range) throw new Unsupported('empty item');
    return regionOf(text, range[0], range[1]);
  });
}

/** The whole lines of a block sequence item, from its `-` (for deleting or copying the item). */
export function itemLines(text: string, item: Region): { start: number; end: number; indent: number } {
  const start = lineStart(text, item.start);
  const prefix = text.slice(start, item.start);
  if (!/^ *- +$/.test(prefix)) throw new Unsupported('item not on its own line');
  return { start, end: item.end, indent: prefix.indexOf('-') };
}
