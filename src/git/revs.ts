import { runGit } from './client.js';

/**
 * The commit a revision names, or undefined when there is none. Callers validate the
 * string first (refs.ts refuses a leading "-"); --end-of-options makes sure git never
 * reads it as an option anyway.
 */
export async function resolveCommit(root: string, rev: string): Promise<string | undefined> {
  try {
    const out = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
    return out.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The object name of the empty tree: the "before" side in a repository with no commits. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
