import { isDeepStrictEqual } from 'node:util';
import type { Change, ChangeGroup, ChangeKind, ChangeLevel } from './types.js';

/** Structural equality of parsed YAML values. */
export function same(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}

const MAX_SHOWN = 40;

/** A value as it reads in a one-line summary: bare words stay bare, long values are cut. */
export function shown(value: unknown): string {
  if (value === undefined) return 'unset';
  const text = typeof value === 'string' && /^[\w./:@-]+$/.test(value) ? value : JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
}

/**
 * Whether two texts differ only in whitespace (same words, any spacing). A scan without
 * allocations that stops at the first difference: most edits differ early.
 */
export function sameWords(a: string, b: string): boolean {
  const space = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
  let i = 0;
  let j = 0;
  while (i < a.length && space(a.charCodeAt(i))) i++;
  while (j < b.length && space(b.charCodeAt(j))) j++;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (space(x) || space(y)) {
      if (!space(x) || !space(y)) {
        // A run of spaces on one side only counts when it is trailing.
        const rest = space(x) ? a.slice(i) : b.slice(j);
        return rest.trim() === '' && (space(x) ? j : i) === (space(x) ? b.length : a.length);
      }
      while (i < a.length && space(a.charCodeAt(i))) i++;
      while (j < b.length && space(b.charCodeAt(j))) j++;
      continue;
    }
    if (x !== y) return false;
    i++;
    j++;
  }
  while (i < a.length && space(a.charCodeAt(i))) i++;
  while (j < b.length && space(b.charCodeAt(j))) j++;
  return i === a.length && j === b.length;
}

/** Collects changes; `add` keeps before/after only when they are defined. */
export class Changes {
  readonly list: Change[] = [];
  add(group: ChangeGroup, path: string, kind: ChangeKind, level: ChangeLevel, summary: string, before?: unknown, after?: unknown): void {
    this.list.push({ path, group, kind, level, summary, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) });
  }
}

/** Keys of two records, in first-seen order (before's keys, then after's new ones). */
export function keysOf(a: object | undefined, b: object | undefined): string[] {
  return [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])];
}
