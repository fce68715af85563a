import { ProblemsError, UsageError } from '../errors.js';
import { listWorktree, parseWorktreePrompt, worktreeFilesOf } from '../store/index.js';
import { storeMessages } from '../messages/store.js';
import { idFromPath, idProblem } from '../core/ids.js';
import { folderOfPath } from '../core/folders.js';
import type { ParsedPrompt } from '../core/parse.js';
import { didYouMean } from '../core/suggest.js';
import { releaseText } from '../messages/release.js';
import { promptMessages } from '../messages/prompts.js';

/**
 * The prompts a release is about, parsed from the working tree: the ids given, or every
 * prompt with `all`. Every id that names nothing is reported at once.
 */
export function selectPrompts(root: string, ids: readonly string[], all: boolean): ParsedPrompt[] {
  if (all && ids.length > 0) throw new UsageError(releaseText.idsAndAll, { hint: releaseText.selectHint });
  if (!all && ids.length === 0) throw new UsageError(releaseText.nothingSelected, { hint: releaseText.selectHint });
  const listing = listWorktree(root);
  if (all) return listing.prompts.map((entry) => parseWorktreePrompt(root, entry.id, entry.file));
  const known = listing.prompts.map((entry) => entry.id);
  const problems: Array<{ message: string }> = [];
  const prompts: ParsedPrompt[] = [];
  for (const given of new Set(ids)) {
    // Accept a path as users often type it: .prompts/a/b.yaml is the id a/b, as .github/prompts/a/b.prompt.yml is.
    const id = (folderOfPath(given, listing.folders) !== undefined ? idFromPath(given, listing.folders) : undefined) ?? given;
    const problem = idProblem(id);
    const files = problem ? [] : worktreeFilesOf(root, id, listing.folders);
    if (files.length > 1) problems.push({ message: storeMessages.ambiguousId(id, files) });
    else if (files[0]) prompts.push(parseWorktreePrompt(root, id, files[0]));
    else problems.push({ message: problem ? `"${given}": ${problem}.` : `${promptMessages.noPrompt(id)}${didYouMean(id, known)}` });
  }
  if (problems.length > 0) throw new ProblemsError(releaseText.unknownIds(problems.length), problems, { hint: releaseText.unknownIdsHint });
  return prompts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
