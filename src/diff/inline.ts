import { diffWordsWithSpace } from 'diff';

/** One piece of a word-level diff: text kept, added or removed. */
export interface InlinePart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

/** A word-level diff of two texts (jsdiff's diffWordsWithSpace, so whitespace edits show too). */
export function inlineDiff(before: string, after: string): InlinePart[] {
  return diffWordsWithSpace(before, after).map((part) => ({ op: part.added ? 'added' : part.removed ? 'removed' : 'equal', text: part.value }));
}

/** The diff split into lines, each with its parts, and whether anything on it changed. */
export function inlineLines(parts: readonly InlinePart[]): { parts: InlinePart[]; changed: boolean }[] {
  const lines: { parts: InlinePart[]; changed: boolean }[] = [{ parts: [], changed: false }];
  for (const part of parts) {
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push({ parts: [], changed: false });
      const line = lines[lines.length - 1]!;
      if (piece !== '') line.parts.push({ op: part.op, text: piece });
      if (part.op !== 'equal' && (piece !== '' || index > 0)) line.changed = true;
    });
  }
  return lines;
}
