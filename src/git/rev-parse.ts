import { existsSync } from 'node:fs';
import path from 'node:path';
import { GitError, NoWorkTreeError } from '../errors.js';
import { gitMessages as m } from '../messages/git.js';
import { execGit, runGit } from './run.js';

/** Whether each root found is a shallow clone: learnt while finding it, so asking costs nothing. */
const shallowRoots = new Map<string, boolean>();

/**
 * The root of the git work tree containing `cwd`, in one `git rev-parse`. Each way of not
 * being in one (no repository, a bare one, a GIT_DIR that points nowhere, a repository git
 * does not trust, no git) rejects with its own error; see failure.ts.
 */
export async function findRepoRoot(cwd: string): Promise<string> {
  // The shallow answer first: a root may contain a newline, the answer cannot.
  const out = await runGit(cwd, ['rev-parse', '--is-shallow-repository', '--show-toplevel']);
  const shallow = out.slice(0, out.indexOf('\n'));
  const top = out.slice(shallow.length + 1).replace(/\n$/, '');
  if (top === '') throw new NoWorkTreeError(m.noWorkTree(cwd), { hint: m.noWorkTreeHint });
  const root = path.resolve(top);
  shallowRoots.set(root, shallow === 'true');
  return root;
}

/** Whether the repository is a shallow clone (its history stops at a boundary commit). */
export async function isShallowRepository(root: string): Promise<boolean> {
  const known = shallowRoots.get(root);
  if (known !== undefined) return known;
  const shallow = (await runGit(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  shallowRoots.set(root, shallow);
  return shallow;
}

/**
 * For a revision that resolved to nothing: in a shallow clone it may name a commit older
 * than the history fetched, so say that rather than call it unknown. Returns otherwise.
 */
export async function assertNotPastShallow(root: string, rev: string): Promise<void> {
  if (await isShallowRepository(root)) throw new GitError(m.shallowRevision(rev), { hint: m.shallowRevisionHint });
}

/** Whether HEAD points at a commit (false in a repository with no commits yet). */
export async function hasCommits(root: string): Promise<boolean> {
  return (await execGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { answers: [1] })).code === 0;
}

/**
 * The commit a revision names, or undefined when there is none. Callers validate the
 * string first (refs.ts refuses a leading "-"); --end-of-options makes sure git never
 * reads it as an option anyway.
 */
export async function resolveCommit(root: string, rev: string): Promise<string | undefined> {
  const out = await execGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { answers: [1] });
  return out.stdout.toString('utf8').trim() || undefined;
}

/** The object name of the empty tree: the "before" side in a repository with no commits. */
export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** A command git is in the middle of, which a commit now would cut into. */
export type Operation = 'merge' | 'rebase' | 'cherry-pick' | 'revert' | 'am';

/** Where this work tree keeps its git state; the index honours GIT_INDEX_FILE. */
export interface GitPaths {
  gitDir: string;
  /** Shared by all work trees of the repository: the release lock lives here. */
  commonDir: string;
  indexFile: string;
  head: string;
  /** A merge, rebase, cherry-pick, revert or am that is not finished. */
  inProgress?: Operation;
}

const STATE_FILES: ReadonlyArray<[string, Operation]> = [
  ['MERGE_HEAD', 'merge'],
  ['CHERRY_PICK_HEAD', 'cherry-pick'],
  ['REVERT_HEAD', 'revert'],
  ['rebase-merge', 'rebase'],
  ['rebase-apply/applying', 'am'],
  ['rebase-apply', 'rebase'],
];

/** The git folders, the index file, HEAD's commit and any unfinished operation, in one call. */
export async function gitPaths(root: string): Promise<GitPaths> {
  const states = STATE_FILES.flatMap(([file]) => ['--git-path', file]);
  const out = await runGit(root, ['rev-parse', '--absolute-git-dir', '--git-common-dir', '--git-path', 'index', ...states, '--verify', 'HEAD^{commit}']);
  const [gitDir, commonDir, indexFile, ...rest] = out.trim().split('\n');
  const head = rest.pop();
  if (!gitDir || !commonDir || !indexFile || !head || rest.length !== STATE_FILES.length) throw new GitError('git rev-parse gave an unexpected answer; is this a git work tree with a commit?');
  const inProgress = STATE_FILES.find((_, i) => existsSync(path.resolve(root, rest[i]!)))?.[1];
  return { gitDir, commonDir: path.resolve(root, commonDir), indexFile: path.resolve(root, indexFile), head, ...(inProgress ? { inProgress } : {}) };
}

/**
 * The folder git runs hooks from: `.git/hooks`, or `core.hooksPath` when set (husky and
 * others set it), or the common dir's hooks in a linked worktree. git resolves all of it.
 */
export async function hooksDir(root: string): Promise<string> {
  const out = (await runGit(root, ['rev-parse', '--git-path', 'hooks'])).trim();
  return path.resolve(root, out);
}
