import { diffWordsWithSpace } from 'diff';

/** One piece of a word-level diff: text kept, added or removed. */
export interface InlinePart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

/**
 * Past this many word edits a text was rewritten rather than edited: it is shown as all
 * removed then all added. It also bounds the cost (jsdiff is O(N*D)) of a diff over
 * thousands of rewritten messages.
 */
export const MAX_WORD_EDITS = 64;

/** A word-level diff of two texts (jsdiff's diffWordsWithSpace, so whitespace edits show too). */
export function inlineDiff(before: string, after: string): InlinePart[] {
  const parts = diffWordsWithSpace(before, after, { maxEditLength: MAX_WORD_EDITS });
  if (!parts) return [...(before ? [{ op: 'removed' as const, text: before }] : []), ...(after ? [{ op: 'added' as const, text: after }] : [])];
  return parts.map((part) => ({ op: part.added ? 'added' : part.removed ? 'removed' : 'equal', text: part.value }));
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
