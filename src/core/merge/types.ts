/** A 3-way merge of texts (git merge-file's): the result, with conflict markers when `conflicts` > 0. */
export type TextMerge = (base: string, ours: string, theirs: string) => Promise<{ text: string; conflicts: number }>;

/** A replacement of `[start, end)` of ours' text; `start === end` inserts. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The three sides' texts, normalised (LF line ends, a final line break). */
export interface MergeTexts {
  base: string;
  ours: string;
  theirs: string;
}

export interface MergeContext {
  texts: MergeTexts;
  merge3: TextMerge;
}

/** What merging a field produced: edits to ours' text, and the fields left in conflict (`messages[0].content`). */
export interface Outcome {
  edits: Edit[];
  conflicts: string[];
}

export type FieldPath = ReadonlyArray<string | number>;

export function fieldName(path: FieldPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(file)';
}

export function join(into: Outcome, from: Outcome): Outcome {
  into.edits.push(...from.edits);
  into.conflicts.push(...from.conflicts);
  return into;
}
