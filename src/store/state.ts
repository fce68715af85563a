/**
 * A repository state a prompt can be read at: the working tree, the index (what the next
 * commit holds), or a commit (a revision or a release, resolved to its id).
 */
export type State = { kind: 'worktree' } | { kind: 'index' } | { kind: 'commit'; commit: string };

export const WORKTREE: State = { kind: 'worktree' };
export const INDEX: State = { kind: 'index' };

export function commitState(commit: string): State {
  return { kind: 'commit', commit };
}

/** The object-name prefix of a file in a git state (`:` for the index, `<commit>:`), or undefined for the working tree. */
export function objectPrefix(state: State): string | undefined {
  if (state.kind === 'worktree') return undefined;
  return state.kind === 'index' ? ':' : `${state.commit}:`;
}

/** A key naming one file at one state, for maps of batched reads. */
export function fileKey(state: State, file: string): string {
  return `${objectPrefix(state) ?? 'worktree:'}${file}`;
}
