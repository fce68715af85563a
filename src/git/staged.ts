import { runGit } from './client.js';

function paths(out: string): string[] {
  return out.split('\0').filter((p) => p !== '');
}

/**
 * Paths under `pathspec` whose staged content differs from HEAD (added, copied, modified,
 * renamed, type-changed; deletions have nothing to lint). Works before the first commit too.
 */
export async function stagedPaths(root: string, pathspec: string): Promise<string[]> {
  // Every staged path, filtered here: a commit that touches no prompt still stages something,
  // so the output is not empty (see runGit) and the pre-commit hook returns at once.
  const all = paths(await runGit(root, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT']));
  return all.filter((p) => p === pathspec || p.startsWith(`${pathspec}/`));
}

/** Every path in the index under `pathspec`. */
export async function indexPaths(root: string, pathspec: string): Promise<string[]> {
  return paths(await runGit(root, ['ls-files', '-z', '--cached', '--', pathspec]));
}
