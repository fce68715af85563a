import { runGit } from './run.js';

export interface ChangedPath {
  path: string;
  /** Two-letter porcelain status, `XY`: index and work tree. */
  status: string;
}

/** Uncommitted changes (staged, unstaged, untracked) under a pathspec, in one call. */
export async function statusUnder(root: string, pathspec: string | readonly string[]): Promise<ChangedPath[]> {
  // --no-optional-locks: a read must not take index.lock from under a concurrent git.
  const out = await runGit(root, ['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', ...[pathspec].flat()]);
  const entries: ChangedPath[] = [];
  for (const record of out.split('\0')) {
    if (record.length < 4) continue;
    entries.push({ status: record.slice(0, 2), path: record.slice(3) });
  }
  return entries;
}
