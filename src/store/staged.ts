import { PARTIALS_DIR, PROMPTS_DIR, idFiles } from '../core/ids.js';
import { indexEntriesMatching, listIndexFiles, literalPathspec, stagedChanges, type StagedChange } from '../git/index.js';
import { classifyFiles, type Listing } from './listing.js';
import { DEFAULT_FOLDERS, folderPathspecs, inFolders, type PromptFolders } from './folders.js';

export type { StagedChange };

/** The index's listing, with the blob of each file where known (read by it, git need not load the index again). */
export interface IndexListing {
  listing: Listing;
  blobs: Map<string, string>;
}

/**
 * Every change staged for the next commit, each with its staged blob, from any folder of
 * the work tree: it needs no root (nor the config's folders), so it runs while the root is
 * found; the caller keeps those in the prompt folders.
 */
export function stagedChangesAnywhere(cwd: string): Promise<StagedChange[]> {
  return stagedChanges(cwd);
}

/** The staged changes in the prompt folders (those of `.prompts/` unless told). */
export async function stagedChangesUnderPrompts(cwd: string, folders: PromptFolders = DEFAULT_FOLDERS): Promise<StagedChange[]> {
  return (await stagedChanges(cwd)).filter((change) => inFolders(change.path, folders));
}

/**
 * The index's listing narrowed to some ids and files, in one `git ls-files` bounded by
 * pathspecs: every file that claims one of the ids or an id that differs from one only by
 * case, the files named, and every partial. For those ids it classifies as the full listing
 * does (duplicates, case collisions, bad names), without reading the rest of the index.
 */
export async function listIndexFor(root: string, ids: Iterable<string>, files: Iterable<string>, folders: PromptFolders = DEFAULT_FOLDERS): Promise<IndexListing> {
  const specs = [...new Set(ids)].flatMap((id) => idFiles(id, folders).map((file) => literalPathspec(file, { icase: true })));
  for (const file of new Set(files)) specs.push(literalPathspec(file));
  specs.push(literalPathspec(`${PROMPTS_DIR}/${PARTIALS_DIR}`));
  // icase matches `.PROMPTS/` too, which is not the prompts folder.
  const entries = (await indexEntriesMatching(root, specs)).filter((entry) => inFolders(entry.path, folders));
  return { listing: classifyFiles(entries.map((entry) => entry.path), [], folders), blobs: new Map(entries.map((entry) => [entry.path, entry.blob])) };
}

/** The whole index's listing (listState of the index, without the working tree's readers); no blobs. */
export async function listIndex(root: string, folders: PromptFolders = DEFAULT_FOLDERS): Promise<IndexListing> {
  return { listing: classifyFiles(await listIndexFiles(root, folderPathspecs(folders)), [], folders), blobs: new Map() };
}
