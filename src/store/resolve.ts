import semver from 'semver';
import { withoutTagPrefix, type PromptRef, type RefTarget } from '../core/refs.js';
import { didYouMean } from '../core/suggest.js';
import { findRelease, formatTagName, highestMatching, latestRelease } from '../core/release-tags.js';
import { GitError, InputError } from '../errors.js';
import { assertNotPastShallow, hasCommits, resolveCommit } from '../git/index.js';
import { diffMessages as m } from '../messages/diff.js';
import { promptMessages } from '../messages/prompts.js';
import { storeMessages } from '../messages/store.js';
import { readConfig } from './config.js';
import { readReleaseTags } from './releases.js';
import { EMPTY_TREE } from '../git/index.js';
import { commitState, type State } from './state.js';
import { listWorktree, worktreeFilesOf } from './worktree.js';

/** The commit a revision names, or undefined. */
export function revisionCommit(root: string, rev: string): Promise<string | undefined> {
  return resolveCommit(root, rev);
}

export { assertNotPastShallow };

/** Whether the repository has a commit yet. */
export function repositoryHasCommits(root: string): Promise<boolean> {
  return hasCommits(root);
}

/**
 * The state of a target, where HEAD in a repository without commits is the empty tree
 * (every prompt is new), as `diff` compares it.
 */
export async function resolveStateOrEmpty(root: string, target: RefTarget): Promise<State> {
  if (target.kind === 'rev' && target.rev === 'HEAD') {
    const head = await resolveCommit(root, 'HEAD');
    if (head) return commitState(head);
    if (!(await hasCommits(root))) return commitState(EMPTY_TREE);
  }
  return resolveState(root, '', target);
}

/** The empty tree as a commit-like state: the older side before the first commit. */
export function isEmptyTree(state: State): boolean {
  return state.kind === 'commit' && state.commit === EMPTY_TREE;
}

/**
 * The state a reference's target names: the working tree, the index, or the commit of a
 * revision, a release (`1.2.0`) or `latest`. Throws a clear error when there is none.
 */
export async function resolveState(root: string, id: string, target: RefTarget): Promise<State> {
  if (target.kind === 'worktree' || target.kind === 'index') return target;
  if (target.kind === 'rev') {
    const commit = await resolveCommit(root, target.rev);
    if (commit) return commitState(commit);
    if (!(await hasCommits(root))) throw new GitError(m.noCommits, { hint: m.noCommitsHint });
    await assertNotPastShallow(root, target.rev);
    const versionLike = /^v?\d+(\.\d+){0,2}$/.test(target.rev);
    throw new GitError(m.unknownRevision(target.rev), { hint: versionLike ? m.versionInFull(id, target.rev) : m.unknownRevisionHint });
  }
  const prefix = readConfig(root).tagPrefix;
  const all = await readReleaseTags(root, prefix);
  const releases = all.filter((r) => r.id === id);
  const release = target.kind === 'latest' ? latestRelease(releases, id) : target.kind === 'range' ? highestMatching(releases, id, target.range) : findRelease(releases, id, target.version);
  if (release) return commitState(release.commit);
  // A typo in the id is not a missing release: name the prompt that is meant.
  if (releases.length === 0 && worktreeFilesOf(root, id).length === 0) {
    throw noSuchPrompt(root, id, all.map((r) => r.id));
  }
  const known = [...releases].sort((a, b) => semver.rcompare(a.version, b.version));
  const hint = m.releasesHint(known.map((r) => r.version), known.map((r) => r.tag), formatTagName(prefix, id, target.kind === 'version' ? target.version : '<version>'));
  const message = target.kind === 'latest' ? m.noReleases(id) : target.kind === 'range' ? storeMessages.noMatchingRelease(id, target.range) : m.noRelease(id, target.version);
  throw new InputError(message, { hint });
}

/**
 * A reference written as a release tag name (`prompts/support/triage@1.2.0`) read as the
 * release it names, unless a prompt really has the prefixed id.
 */
export function releaseRef(root: string, ref: PromptRef): PromptRef {
  const plain = withoutTagPrefix(ref, readConfig(root).tagPrefix);
  return plain === ref || worktreeFilesOf(root, ref.id).length > 0 ? ref : plain;
}

/** No prompt has this id: suggest the nearest id of the working tree (or of `others`, such as released ids). */
export function noSuchPrompt(root: string | undefined, id: string, others: readonly string[] = []): InputError {
  const ids = root === undefined ? others : [...listWorktree(root).prompts.map((p) => p.id), ...others];
  return new InputError(`${promptMessages.noPrompt(id)}${didYouMean(id, new Set(ids))}`, { hint: promptMessages.noPromptHint });
}
