import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitError } from '../errors.js';
import { runGit } from './client.js';

/** Where this work tree keeps its git state; the index honours GIT_INDEX_FILE. */
export interface GitPaths {
  gitDir: string;
  /** Shared by all work trees of the repository: the release lock lives here. */
  commonDir: string;
  indexFile: string;
  head: string;
}

/** The git folders, the index file and HEAD's commit, in one call. */
export async function gitPaths(root: string): Promise<GitPaths> {
  const out = await runGit(root, ['rev-parse', '--absolute-git-dir', '--git-common-dir', '--git-path', 'index', '--verify', 'HEAD^{commit}']);
  const [gitDir, commonDir, indexFile, head] = out.trim().split('\n');
  if (!gitDir || !commonDir || !indexFile || !head) throw new GitError('git rev-parse gave an unexpected answer; is this a git work tree with a commit?');
  return { gitDir, commonDir: path.resolve(root, commonDir), indexFile: path.resolve(root, indexFile), head };
}

/**
 * Stages the files and commits exactly those paths (`--only`), so other staged work
 * stays staged and out of the release commit. Hooks run as for any commit. Returns
 * the new commit.
 */
export async function commitPaths(root: string, files: readonly string[], message: string): Promise<string> {
  const input = files.join('\0');
  // --verbose and no --quiet: each prints a line, which spares simple-git's wait after a
  // silent command (see runGit); the output itself is not read.
  await runGit(root, ['add', '--verbose', '--pathspec-from-file=-', '--pathspec-file-nul'], { input });
  await runGit(root, ['commit', '--only', '--no-edit', '-m', message, '--pathspec-from-file=-', '--pathspec-file-nul'], { input });
  return (await runGit(root, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
}

/** Who the tags are by: `Name <email> <time> <zone>`, as git would write it. */
export async function taggerIdent(root: string): Promise<string> {
  return (await runGit(root, ['var', 'GIT_COMMITTER_IDENT'])).trim();
}

export interface TagObject {
  /** The tag name without `refs/tags/`. */
  name: string;
  /** The commit it points at. */
  object: string;
  message: string;
}

/**
 * Writes annotated tag objects (not refs) in one `git hash-object --stdin-paths` call,
 * rather than one `git tag` or `git mktag` process per tag. Returns their ids in order.
 */
export async function writeTagObjects(root: string, tags: readonly TagObject[], tagger: string): Promise<string[]> {
  if (tags.length === 0) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgit-tags-'));
  try {
    const files = tags.map((tag, i) => {
      const file = path.join(dir, `${i}.tag`);
      const message = tag.message.endsWith('\n') ? tag.message : `${tag.message}\n`;
      writeFileSync(file, `object ${tag.object}\ntype commit\ntag ${tag.name}\ntagger ${tagger}\n\n${message}`);
      return file;
    });
    const out = await runGit(root, ['hash-object', '-w', '-t', 'tag', '--stdin-paths'], { input: files.join('\n') + '\n' });
    const ids = out.trim().split('\n');
    if (ids.length !== tags.length) throw new GitError(`git hash-object wrote ${ids.length} tag objects, expected ${tags.length}.`);
    return ids;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface RefUpdate {
  ref: string;
  oid: string;
}

/**
 * Creates all the refs in one atomic `git update-ref --stdin` transaction: either every
 * ref is created or none is (an existing ref makes the whole transaction fail).
 */
export async function createRefs(root: string, refs: readonly RefUpdate[], reason: string): Promise<void> {
  if (refs.length === 0) return;
  const input = ['start', ...refs.map((r) => `create ${r.ref} ${r.oid}`), 'prepare', 'commit', ''].join('\n');
  await runGit(root, ['update-ref', '-m', reason, '--stdin'], { input });
}

/** Deletes refs, each only if it still points where we put it, in one transaction. */
export async function deleteRefs(root: string, refs: readonly RefUpdate[]): Promise<void> {
  if (refs.length === 0) return;
  const input = ['start', ...refs.map((r) => `delete ${r.ref} ${r.oid}`), 'prepare', 'commit', ''].join('\n');
  await runGit(root, ['update-ref', '--stdin'], { input });
}

/** Moves HEAD (and the branch it names) back from `from` to `to`, only if it is still at `from`. */
export async function moveHead(root: string, to: string, from: string, reason: string): Promise<void> {
  await runGit(root, ['update-ref', '-m', reason, 'HEAD', to, from]);
}
