import { runGit } from './client.js';

function nulList(out: string): string[] {
  return out.split('\0').filter((p) => p !== '');
}

/** Files under `dir` in a commit's tree (repository-relative), in one call. */
export async function listTreeFiles(root: string, commit: string, dir: string): Promise<string[]> {
  return nulList(await runGit(root, ['ls-tree', '-r', '-z', '--full-tree', '--name-only', commit, '--', dir]));
}

/** Files under `dir` in the index, in one call. */
export async function listIndexFiles(root: string, dir: string): Promise<string[]> {
  return nulList(await runGit(root, ['ls-files', '-z', '--cached', '--', dir]));
}

/** Untracked, not ignored files under `dir`, in one call. */
export async function listUntrackedFiles(root: string, dir: string): Promise<string[]> {
  return nulList(await runGit(root, ['ls-files', '-z', '--others', '--exclude-standard', '--', dir]));
}
