import path from 'node:path';
import { NotARepoError } from '../errors.js';
import { runGit } from './client.js';
import { spawnGit } from './spawn.js';

/** The root of the git work tree containing `cwd`. */
export async function findRepoRoot(cwd: string): Promise<string> {
  try {
    // Every command's first git call: without simple-git, so a command that needs nothing
    // else of it (the pre-commit hook's lint --staged) never loads it.
    const out = await spawnGit(cwd, ['rev-parse', '--show-toplevel']);
    const root = out.trim();
    if (root === '') throw new Error('not a work tree');
    return path.resolve(root);
  } catch (error) {
    throw new NotARepoError(`${cwd} is not inside a git work tree.`, {
      hint: 'Run "git init" first, or pass --cwd <dir> to point at a repository.',
      cause: error,
    });
  }
}

/** `git init` in a folder. */
export async function initRepo(cwd: string): Promise<void> {
  await runGit(cwd, ['init']);
}

/** Whether HEAD points at a commit (false in a repository with no commits yet). */
export async function hasCommits(root: string): Promise<boolean> {
  try {
    await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
    return true;
  } catch {
    return false;
  }
}

export interface ChangedPath {
  path: string;
  /** Two-letter porcelain status, `XY`: index and work tree. */
  status: string;
}

/** Uncommitted changes (staged, unstaged, untracked) under a pathspec, in one call. */
export async function statusUnder(root: string, pathspec: string): Promise<ChangedPath[]> {
  // --branch: the "## <branch>" header makes the output never empty (see runGit); without
  // counting commits ahead of and behind the upstream, which can take seconds.
  const out = await runGit(root, ['--no-optional-locks', 'status', '--porcelain=v1', '-z', '--branch', '--no-ahead-behind', '--untracked-files=all', '--no-renames', '--', pathspec]);
  const entries: ChangedPath[] = [];
  for (const record of out.split('\0')) {
    if (record.length < 4 || record.startsWith('## ')) continue;
    entries.push({ status: record.slice(0, 2), path: record.slice(3) });
  }
  return entries;
}
