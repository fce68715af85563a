import type { Document, LineCounter, Node, Pair } from 'yaml';
import { yamlLib } from './libs.js';
import type { Position } from './diagnostics.js';

export type FieldPath = readonly (string | number)[];

export interface Span {
  start: Position;
  end: Position;
}

/** `messages[1].role` */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}

/** The pair holding `path`'s last segment, or the deepest node found on the way. */
function find(doc: Document, path: FieldPath): { node?: Node; pair?: Pair; found: boolean } {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const next = node.items.find((item) => isPair(item) && (isScalar(item.key) ? item.key.value : item.key) === segment);
      if (!next) return { node: node as Node, pair, found: false };
      pair = next as Pair;
      node = next.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      pair = undefined;
      node = node.items[segment];
    } else {
      return { node: node as Node, pair, found: false };
    }
  }
  return { node: node as Node, pair, found: true };
}

function span(range: readonly number[] | null | undefined, lineCounter: LineCounter): Span | undefined {
  if (!range) return undefined;
  const start = lineCounter.linePos(range[0]!);
  const end = lineCounter.linePos(range[1]!);
  return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
}

/**
 * Where a field is in the file. `key: true` points at the key (for "unknown field"),
 * otherwise at the value; a missing field points at the nearest existing parent.
 */
export function locate(doc: Document, lineCounter: LineCounter, path: FieldPath, options: { key?: boolean } = {}): Span {
  const { node, pair, found } = find(doc, path);
  const keyNode = found && pair && yamlLib().isScalar(pair.key) ? pair.key : undefined;
  const target = options.key && keyNode ? keyNode : found ? (node ?? keyNode) : node;
  return span(target?.range, lineCounter) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

/** The YAML node at a path, when it exists. */
export function nodeAt(doc: Document, path: FieldPath): Node | undefined {
  const { node, found } = find(doc, path);
  return found ? node : undefined;
}

/**
 * Value offsets of a scalar already matched to offsets in its source, in increasing order
 * (`at[i]` is at `rawAt[i]`): a search starts from the nearest one before it, so reporting
 * every tag of a 100,000-tag template reads the text once, not once per tag.
 */
interface Anchors {
  source: string;
  value: string;
  raw: string;
  at: number[];
  rawAt: number[];
}

const anchorsByNode = new WeakMap<Node, Anchors>();

function anchorsFor(node: Node, source: string, value: string, range: readonly number[]): Anchors {
  let anchors = anchorsByNode.get(node);
  if (!anchors || anchors.source !== source || anchors.value !== value) {
    anchors = { source, value, raw: source.slice(range[0], range[1]), at: [0], rawAt: [0] };
    anchorsByNode.set(node, anchors);
  }
  return anchors;
}

/** The index of the last anchor at or before `offset` (the first is at 0). */
function nearest(at: readonly number[], offset: number): number {
  let low = 0;
  let high = at.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (at[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Where `[start, end)` of a scalar's *value* (for example a template tag inside a message's
 * content) is in the file. Quoted and folded scalars do not map offsets one to one, so
 * the tag's text is searched in the scalar's source, at the same occurrence.
 */
export function locateInScalar(
  doc: Document,
  lineCounter: LineCounter,
  source: string,
  path: FieldPath,
  start: number,
  end: number,
): Span {
  const node = nodeAt(doc, path);
  if (!node || !yamlLib().isScalar(node) || !node.range || typeof node.value !== 'string') return locate(doc, lineCounter, path);
  const value = node.value;
  const needle = value.slice(start, end);
  // An offset at or past the end (mustache reports unclosed sections there) has no text to find.
  if (needle === '') return span(node.range, lineCounter)!;
  const anchors = anchorsFor(node, source, value, node.range);
  const k = nearest(anchors.at, start);
  let occurrence = 0;
  for (let i = value.indexOf(needle, anchors.at[k]); i !== -1 && i < start; i = value.indexOf(needle, i + 1)) occurrence++;
  let at = anchors.raw.indexOf(needle, anchors.rawAt[k]);
  for (let n = 0; n < occurrence && at !== -1; n++) at = anchors.raw.indexOf(needle, at + 1);
  if (at === -1) return span(node.range, lineCounter)!;
  if (start > anchors.at[anchors.at.length - 1]!) {
    anchors.at.push(start);
    anchors.rawAt.push(at);
  }
  const offset = node.range[0] + at;
  return span([offset, offset + needle.length], lineCounter)!;
}
