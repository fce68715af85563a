import { describe, expect, it } from 'vitest';
import { GitDirError, GitError, GitIdentityError, NoWorkTreeError, NotARepoError, UnsafeRepositoryError } from '../../../src/errors.js';
import { classifyFailure, firstGitLine, mayBeOldGit } from '../../../src/git/failure.js';

const run = (stderr: string, extra: { gitDir?: string; code?: number | null; signal?: string } = {}) => classifyFailure({ args: ['rev-parse', '--show-toplevel'], cwd: '/work/here', code: 128, stderr, ...extra });

describe("git's stderr, told apart by cause (git 2.39, C locale)", () => {
  const cases: Array<[string, string, { gitDir?: string }, unknown, string]> = [
    ['no repository', 'fatal: not a git repository (or any of the parent directories): .git\n', {}, NotARepoError, '/work/here is not inside a git work tree.'],
    ['no repository up to a mount point', 'fatal: not a git repository (or any parent up to mount point /)\nStopping at filesystem boundary (GIT_DISCOVERY_ACROSS_FILESYSTEM not set).\n', {}, NotARepoError, '/work/here is not inside a git work tree.'],
    ['a bare repository', 'fatal: this operation must be run in a work tree\n', {}, NoWorkTreeError, '/work/here has no work tree: it is a bare repository or a .git folder.'],
    ['GIT_DIR nowhere', "fatal: not a git repository: '/nope'\n", { gitDir: '/nope' }, GitDirError, 'GIT_DIR is set to /nope, which is not a git repository.'],
    ['a .git file pointing nowhere', 'fatal: not a git repository: /repo/.git/worktrees/x\n', {}, GitDirError, 'The .git file of this work tree points at /repo/.git/worktrees/x, which is not a git repository.'],
    ['dubious ownership (git 2.36 and later)', "fatal: detected dubious ownership in repository at '/srv/r'\nTo add an exception for this directory, call:\n\n\tgit config --global --add safe.directory /srv/r\n", {}, UnsafeRepositoryError, 'git refuses to work in /srv/r: the repository belongs to another user ("dubious ownership").'],
    ['unsafe repository (git 2.35.2)', "fatal: unsafe repository ('/srv/r' is owned by someone else)\nTo add an exception for this directory, call:\n", {}, UnsafeRepositoryError, 'git refuses to work in /srv/r: the repository belongs to another user ("dubious ownership").'],
    ['no identity, git guessing nothing', 'fatal: no email was given and auto-detection is disabled\n', {}, GitIdentityError, 'git does not know who you are (no user.name or user.email), so it cannot write the commit or tag'],
    ['no identity, auto-detection failed', "Author identity unknown\n\n*** Please tell me who you are.\n\nfatal: unable to auto-detect email address (got 'root@box.(none)')\n", {}, GitIdentityError, 'git does not know who you are (no user.name or user.email), so it cannot write the commit or tag'],
    ['no identity, an empty name', 'fatal: empty ident name (for <>) not allowed\n', {}, GitIdentityError, 'git does not know who you are (no user.name or user.email), so it cannot write the commit or tag'],
    ['anything else', 'warning: ignored\nfatal: bad config line 3 in file .git/config\n', {}, GitError, 'git rev-parse failed: bad config line 3 in file .git/config'],
    ['GIT_TRACE output before the error', '12:00:00.000000 git.c:460 trace: built-in: git rev-parse\nfatal: bad object HEAD\n', {}, GitError, 'git rev-parse failed: bad object HEAD'],
  ];
  it.each(cases)('%s', (_name, stderr, extra, type, message) => {
    const error = run(stderr, extra);
    expect(error).toBeInstanceOf(type);
    expect(error.message).toBe(message);
    expect(error.hint).toBeTruthy();
    expect(String((error.cause as Error).message)).toContain(stderr.trim());
  });

  it('only a real "not a repository" is a NotARepoError (init --git creates one then)', () => {
    for (const stderr of ['fatal: this operation must be run in a work tree', "fatal: detected dubious ownership in repository at '/r'", "fatal: not a git repository: '/x'"]) {
      expect(run(stderr)).not.toBeInstanceOf(NotARepoError);
    }
  });

  it('names the signal that stopped git, and the verb after leading options', () => {
    expect(classifyFailure({ args: ['--no-optional-locks', 'status'], cwd: '/r', code: null, signal: 'SIGTERM', stderr: '' }).message).toBe('git status failed: git was stopped by SIGTERM');
  });

  it('takes the "fatal:"/"error:" line, else the first one', () => {
    expect(firstGitLine('hint: a\nerror: gpg failed to sign the data\nerror: unable to sign the tag\n')).toBe('gpg failed to sign the data');
    expect(firstGitLine('release commits need a ticket\n')).toBe('release commits need a ticket');
    expect(firstGitLine('')).toBe('');
  });

  const old: Array<[string, boolean]> = [
    ["error: unknown option `no-ahead-behind'\nusage: git status [<options>] [--] <pathspec>...", true],
    ['fatal: unrecognized argument: --diff-merges=first-parent', true],
    ["fatal: bad revision '--end-of-options'", true],
    ["error: unknown switch `z'", true],
    ["fatal: bad revision 'nope'", false],
    ['fatal: not a git repository (or any of the parent directories): .git', false],
  ];
  it.each(old)('an old git would explain %j: %s', (stderr, expected) => {
    expect(mayBeOldGit(stderr)).toBe(expected);
  });
});
