import { execGit } from './run.js';

/** The best common ancestor of two commits, or undefined when they share no history (or one is past a shallow boundary). */
export async function mergeBase(root: string, a: string, b: string): Promise<string | undefined> {
  const out = await execGit(root, ['merge-base', '--end-of-options', a, b], { answers: [1] });
  return out.stdout.toString('utf8').trim() || undefined;
}

/** The remote's default branch as a ref name (`origin/main`), from `refs/remotes/origin/HEAD`; undefined when unset. */
export async function remoteDefaultBranch(root: string, remote = 'origin'): Promise<string | undefined> {
  const out = await execGit(root, ['symbolic-ref', '--quiet', '--short', `refs/remotes/${remote}/HEAD`], { answers: [1, 128] });
  return out.code === 0 ? out.stdout.toString('utf8').trim() || undefined : undefined;
}
