import { runGit } from './run.js';

export interface RefUpdate {
  ref: string;
  oid: string;
}

/** Runs one `git update-ref --stdin` transaction: every line applies, or none does. */
async function transaction(root: string, lines: readonly string[], reason?: string): Promise<void> {
  if (lines.length === 0) return;
  const input = ['start', ...lines, 'prepare', 'commit', ''].join('\n');
  await runGit(root, ['update-ref', ...(reason === undefined ? [] : ['-m', reason]), '--stdin'], { input });
}

/**
 * Creates all the refs in one atomic `git update-ref --stdin` transaction: either every
 * ref is created or none is (an existing ref makes the whole transaction fail).
 */
export async function createRefs(root: string, refs: readonly RefUpdate[], reason: string): Promise<void> {
  await transaction(root, refs.map((r) => `create ${r.ref} ${r.oid}`), reason);
}

/** Deletes refs, each only if it still points where we put it, in one transaction. */
export async function deleteRefs(root: string, refs: readonly RefUpdate[]): Promise<void> {
  await transaction(root, refs.map((r) => `delete ${r.ref} ${r.oid}`));
}

/** Moves HEAD (and the branch it names) back from `from` to `to`, only if it is still at `from`. */
export async function moveHead(root: string, to: string, from: string, reason: string): Promise<void> {
  await runGit(root, ['update-ref', '-m', reason, 'HEAD', to, from]);
}
