import type { Listing } from './listing.js';
import { collectPartials, type PartialSet } from './partial-set.js';
import { readFilesAt } from './read.js';
import { fileKey, type State } from './state.js';

// The partial set lives apart, so that the pre-commit path collects one without loading the
// readers of the working tree (and the parsers they bring).
export { collectPartials, collectPartialBytes, type PartialSet } from './partial-set.js';

/** Reads every partial a listing names, at its state, in one batch. */
export async function readPartialsAt(root: string, state: State, listing: Pick<Listing, 'partials'>): Promise<PartialSet> {
  const read = await readFilesAt(root, [...listing.partials.values()].map((file) => ({ state, file })));
  return collectPartials(listing, (file) => read.get(fileKey(state, file)));
}
