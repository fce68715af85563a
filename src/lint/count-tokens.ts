/**
 * Byte-pair encoding merges each pre-tokenized piece in time quadratic in its length, and a
 * piece is a run without a break (100,000 `{{` are one piece: 25 s in gpt-tokenizer). Runs
 * longer than this are counted in slices of this length: the count of ordinary text is
 * exact, and that of a pathological run is off by at most a token per slice.
 */
export const MAX_RUN = 1000;

/** Runs of space and of non-space: pieces never cross from one to the other's inside. */
const RUN = /\s+|\S+/g;

/** `count(text)`, with every run longer than MAX_RUN counted slice by slice. */
export function countTokensBounded(text: string, count: (text: string) => number): number {
  let total = 0;
  let start = 0;
  RUN.lastIndex = 0;
  for (let match = RUN.exec(text); match !== null; match = RUN.exec(text)) {
    const run = match[0];
    if (run.length <= MAX_RUN) continue;
    if (match.index > start) total += count(text.slice(start, match.index));
    for (let i = 0; i < run.length; i += MAX_RUN) total += count(run.slice(i, i + MAX_RUN));
    start = match.index + run.length;
  }
  return start === 0 ? count(text) : total + (start < text.length ? count(text.slice(start)) : 0);
}
