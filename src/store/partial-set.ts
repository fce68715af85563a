import { decodePromptBytes } from '../core/decode.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Listing } from './listing.js';
import type { ReadResult } from './read.js';

/** The partials of one state: their text by name, and why any could not be read. */
export interface PartialSet {
  texts: Map<string, string>;
  /** Partial name to why it has no text (a link leaving the repository, binary, not UTF-8). */
  problems: Map<string, string>;
  /** The same problems, by file, for lint. */
  diagnostics: Diagnostic[];
}

/** The partial set of a listing from what a batched read gave for each file. */
export function collectPartials(listing: Pick<Listing, 'partials'>, get: (file: string) => ReadResult | undefined): PartialSet {
  const set: PartialSet = { texts: new Map(), problems: new Map(), diagnostics: [] };
  for (const [name, file] of listing.partials) {
    const result = get(file);
    if (result?.text !== undefined) set.texts.set(name, result.text);
    else if (result?.diagnostic) {
      set.problems.set(name, result.diagnostic.message);
      set.diagnostics.push(result.diagnostic);
    }
  }
  return set;
}

/** The same from raw bytes (a batch read with `readBytesAt`). */
export function collectPartialBytes(listing: Pick<Listing, 'partials'>, get: (file: string) => Buffer | undefined): PartialSet {
  return collectPartials(listing, (file) => {
    const bytes = get(file);
    return bytes === undefined ? undefined : decodePromptBytes(bytes, file);
  });
}
