import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `input`, when it is close enough to be a plausible typo
 * (at most a third of the input's length, and at least 1 edit allowed).
 */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = swapsTwo(input.toLowerCase(), candidate.toLowerCase()) ? 1 : distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * Whether two words differ by one swap of neighbouring letters (`modle`, `model`): the
 * commonest typo, one mistake to a reader though two edits to Levenshtein.
 */
function swapsTwo(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** ` Did you mean "x"?` or an empty string. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const hit = nearest(input, candidates);
  return hit === undefined ? '' : ` Did you mean "${hit}"?`;
}
