import { checkRevision } from '../core/refs.js';
import { GitError, UsageError } from '../errors.js';
import { isShallowRepository, mergeBase, remoteDefaultBranch, resolveCommit } from '../git/index.js';
import { reviewMessages as m } from '../messages/review.js';

export interface ReviewBase {
  /** The branch or revision the review compares against, as chosen. */
  base: string;
  /** The merge-base of that with HEAD: what the pull request started from. */
  commit: string;
}

/**
 * The base of a review: the revision given, else `origin/$GITHUB_BASE_REF` in a pull-request
 * job on GitHub Actions, else the remote's default branch (`origin/HEAD`). The diff starts at
 * its merge-base with HEAD, as a pull request's "Files changed" does (`git diff base...HEAD`).
 */
export async function reviewBase(root: string, given: string | undefined, env: NodeJS.ProcessEnv): Promise<ReviewBase> {
  const candidates = given !== undefined ? [given] : env.GITHUB_BASE_REF ? [`origin/${env.GITHUB_BASE_REF}`, env.GITHUB_BASE_REF] : [await remoteDefaultBranch(root)].filter((b): b is string => b !== undefined);
  if (candidates.length === 0) throw new UsageError(m.noBase, { hint: m.noBaseHint });
  for (const base of candidates) {
    checkRevision(base);
    if (!(await resolveCommit(root, base))) continue;
    const commit = await mergeBase(root, base, 'HEAD');
    if (commit) return { base, commit };
    const shallow = await isShallowRepository(root);
    throw new GitError(m.noMergeBase(base), { hint: shallow ? m.shallowHint : m.noMergeBaseHint });
  }
  const shallow = await isShallowRepository(root);
  throw new UsageError(m.unknownBase(candidates[0]!), { hint: shallow || env.GITHUB_ACTIONS ? m.shallowHint : m.unknownBaseHint });
}
