import { promptFolders } from './config.js';
import { folderPathspecs, type PromptFolders } from './folders.js';
import { changedPaths, listUntrackedFiles, stagedPaths, type PathChange } from '../git/index.js';
import type { State } from './state.js';

export type { PathChange };

/**
 * The files in the prompt folders that differ from a commit to another state, with git's rename
 * detection, in one `git diff` (plus one listing of untracked files for the working tree).
 */
export async function changedFiles(root: string, from: Extract<State, { kind: 'commit' }>, to: State, folders: PromptFolders = promptFolders(root)): Promise<PathChange[]> {
  const specs = folderPathspecs(folders);
  const [changes, untracked] = await Promise.all([
    changedPaths(root, { from: from.commit, ...(to.kind === 'commit' ? { to: to.commit } : {}), cached: to.kind === 'index' }, specs),
    to.kind === 'worktree' ? listUntrackedFiles(root, specs) : [],
  ]);
  for (const file of untracked) changes.push({ status: 'A', from: file, path: file });
  return changes;
}

/** The files in the prompt folders staged for the next commit (deletions left out: they have nothing to read). */
export function stagedFiles(root: string): Promise<string[]> {
  return stagedPaths(root, folderPathspecs(promptFolders(root)));
}
