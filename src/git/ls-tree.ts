import { nulList } from './ls-files.js';
import { runGit } from './run.js';

/** Files under `dir` in a commit's tree (repository-relative), in one call. `commit` is a resolved id or HEAD. */
export async function listTreeFiles(root: string, commit: string, dir: string | readonly string[]): Promise<string[]> {
  return nulList(await runGit(root, ['ls-tree', '-r', '-z', '--full-tree', '--name-only', '--end-of-options', commit, '--', ...[dir].flat()]));
}
