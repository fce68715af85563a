import { runGit } from './run.js';

/** The entries of a NUL-separated listing. */
export function nulList(out: string): string[] {
  return out.split('\0').filter((p) => p !== '');
}

/** Files under `dir` in the index, in one call. */
export async function listIndexFiles(root: string, dir: string | readonly string[]): Promise<string[]> {
  return nulList(await runGit(root, ['ls-files', '-z', '--cached', '--', ...[dir].flat()]));
}

/** Every path in the index under `pathspec` (the name the lint sources use). */
export const indexPaths = listIndexFiles;

/** Untracked, not ignored files under `dir`, in one call. */
export async function listUntrackedFiles(root: string, dir: string | readonly string[]): Promise<string[]> {
  return nulList(await runGit(root, ['ls-files', '-z', '--others', '--exclude-standard', '--', ...[dir].flat()]));
}

/** GitHub Models files (`*.prompt.yml` / `*.prompt.yaml`) tracked or untracked and not ignored, anywhere: one call. */
export async function listPromptYmlFiles(root: string): Promise<string[]> {
  return nulList(await runGit(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ':(top,glob,icase)**/*.prompt.yml', ':(top,glob,icase)**/*.prompt.yaml']));
}
