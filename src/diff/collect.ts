import { idFromPath } from '../core/ids.js';
import type { RefTarget } from '../core/refs.js';
import { changedFiles, collectPartialBytes, promptFolders, fileKey, isEmptyTree, listState, listWorktreePartials, partialName, readBytesAt, resolveStateOrEmpty, type FileAt, type Listing, type State } from '../store/index.js';
import { lightParse } from './light-parse.js';
import { pairRenames, pairsOf } from './pairs.js';
import { semanticDiff } from './semantic.js';
import type { PromptDiff, PromptSide } from './types.js';

/** One side of the diff: a state and, when needed, its listing. */
interface Side {
  state: State;
  label: string;
  /** Every file in the prompt folders on this side (prompts and partials); empty when not listed. */
  files: string[];
  partials: Listing['partials'];
}

async function sideOf(root: string, state: State, label: string, needFiles: boolean): Promise<Side> {
  if (state.kind === 'worktree' && !needFiles) {
    // Only the partials are needed: a walk of _partials/ alone.
    const listing = listWorktreePartials(root);
    return { state, label, files: [...listing.partials.values()], partials: listing.partials };
  }
  const listing = await listState(root, state);
  return { state, label, files: listing.files, partials: listing.partials };
}

/**
 * The semantic diff of every prompt that differs between two states, with all git reads
 * batched: one `git diff --name-status` for the changed paths, one listing per side,
 * and ONE `git cat-file --batch` for every blob of both sides. A changed partial brings
 * in every prompt that includes it.
 */
export async function diffAll(root: string, from: RefTarget, to: RefTarget, labels: { from: string; to: string }): Promise<PromptDiff[]> {
  // Independent git calls run side by side: the machine's other cores work while one waits.
  const [a, b] = await Promise.all([resolveStateOrEmpty(root, from), resolveStateOrEmpty(root, to)]);
  if (a.kind !== 'commit') throw new TypeError('the older side of diff is a commit');
  const folders = promptFolders(root);
  const changes = await changedFiles(root, a, b, folders);
  const partialChanged = changes.some((c) => partialName(c.path) !== undefined || partialName(c.from) !== undefined);
  const after = await sideOf(root, b, labels.to, partialChanged);
  // With no partial changed, the older side's partials are the newer side's: no listing needed.
  const before: Side = partialChanged ? await sideOf(root, a, labels.from, true) : { ...after, state: a, label: labels.from };
  const pairs = pairsOf(changes, partialChanged ? before.files : [], partialChanged ? after.files : [], folders);
  if (pairs.length === 0) return [];

  // ONE batch for every file of both sides: the partials and the changed prompts.
  const wanted: FileAt[] = [];
  for (const side of partialChanged ? [before, after] : [after]) for (const file of side.partials.values()) wanted.push({ state: side.state, file });
  for (const pair of pairs) {
    if (pair.from) wanted.push({ state: before.state, file: pair.from });
    if (pair.to) wanted.push({ state: after.state, file: pair.to });
  }
  const blobs = await readBytesAt(root, wanted);
  const read = (side: Side, file: string): Buffer | undefined => blobs.get(fileKey(side.state, file));
  const partialsOf = (side: Side): Map<string, string> => collectPartialBytes(side, (file) => read(side, file)).texts;
  const afterPartials = partialsOf(after);
  const partials = { before: partialChanged ? partialsOf(before) : afterPartials, after: afterPartials };
  const promptSide = (side: Side, file: string | undefined, which: 'before' | 'after'): PromptSide | undefined => {
    if (file === undefined) return undefined;
    const bytes = read(side, file);
    if (bytes === undefined) return undefined;
    const prompt = lightParse(bytes);
    const commit = side.state.kind === 'commit' && !isEmptyTree(side.state) ? { commit: side.state.commit } : {};
    return { id: idFromPath(file, folders)!, file, text: prompt.text, data: prompt.data, raw: prompt.raw, partials: partials[which], ref: side.label, ...commit };
  };
  const diffs: PromptDiff[] = [];
  for (const pair of pairRenames(pairs, (file) => read(after, file), (file) => read(before, file))) {
    const x = promptSide(before, pair.from, 'before');
    const y = promptSide(after, pair.to, 'after');
    if (!x && !y) continue;
    const diff = semanticDiff(x, y);
    if (diff.status !== 'unchanged') diffs.push(diff);
  }
  return diffs.sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
}
