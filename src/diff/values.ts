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

/** Whether two texts differ only in whitespace. */
export function sameWords(a: string, b: string): boolean {
  return a.split(/\s+/).filter(Boolean).join(' ') === b.split(/\s+/).filter(Boolean).join(' ');
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
