import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, isolatedGitEnv, scratchDir } from '../helpers/gitdir.js';

const PROMPT = { '.prompts/a.yaml': 'messages:\n  - role: user\n    content: hi\n' };
const STACK = /\n\s+at .+:\d+:\d+/;

function configLines(repo: string): number {
  return readFileSync(path.join(repo, '.git', 'config'), 'utf8').trimEnd().split('\n').length;
}

/** Every command that needs a repository, each of which must name the same cause. */
const COMMANDS = [['list'], ['lint'], ['diff'], ['log', 'a'], ['show', 'a@HEAD'], ['release', 'a'], ['hook', 'install'], ['new', 'b']];

interface Setup {
  cwd: string;
  env?: Record<string, string>;
}

const causes: Array<[string, () => Setup, (cwd: string) => string]> = [
  ['a folder outside any repository', () => ({ cwd: scratchDir() }), (cwd) => `error: ${cwd} is not inside a git work tree.\nhint: Run "git init" first, or pass --cwd <dir> to point at a repository.\n`],
  ['a bare repository', () => {
      const dir = path.join(scratchDir(), 'bare.git');
      execFileSync('git', ['init', '-q', '--bare', dir], { env: isolatedGitEnv() });
      return { cwd: dir };
    }, (cwd) => `error: ${cwd} has no work tree: it is a bare repository or a .git folder.\nhint: Run promptgit in a clone with a work tree ("git clone <repository> <dir>"), or set GIT_WORK_TREE as well as GIT_DIR.\n`],
  ['the .git folder of a repository', () => ({ cwd: path.join(gitdir(PROMPT).dir, '.git') }), (cwd) => `error: ${cwd} has no work tree: it is a bare repository or a .git folder.\nhint: Run promptgit in a clone with a work tree ("git clone <repository> <dir>"), or set GIT_WORK_TREE as well as GIT_DIR.\n`],
  ['a GIT_DIR that points nowhere (inside a good repository)', () => ({ cwd: gitdir(PROMPT).dir, env: { GIT_DIR: '/nonexistent/repo.git' } }), () => `error: GIT_DIR is set to /nonexistent/repo.git, which is not a git repository.\nhint: Unset GIT_DIR, or point it at a repository's .git folder (with GIT_WORK_TREE at its work tree).\n`],
  ['a relative GIT_DIR that points nowhere (named as git would find it)', () => ({ cwd: gitdir(PROMPT).dir, env: { GIT_DIR: 'gone' } }), (cwd) => `error: GIT_DIR is set to ${cwd}/gone, which is not a git repository.\nhint: Unset GIT_DIR, or point it at a repository's .git folder (with GIT_WORK_TREE at its work tree).\n`],
  ['a .git file whose repository was deleted', () => {
      const dir = scratchDir();
      writeFileSync(path.join(dir, '.git'), `gitdir: ${dir}/deleted/.git/worktrees/x\n`);
      return { cwd: dir };
    }, (cwd) => `error: The .git file of this work tree points at ${cwd}/deleted/.git/worktrees/x, which is not a git repository.\nhint: The repository it belonged to was moved or deleted: repair it with "git worktree repair" from the main work tree, or clone again.\n`],
  ['no git on PATH', () => ({ cwd: gitdir(PROMPT).dir, env: { PATH: path.join(scratchDir(), 'empty-bin') } }), () => `error: git is not installed, or not on PATH.\nhint: Install git 2.31.0 or newer and check that "git --version" works in this shell.\n`],
  ['a repository git cannot read (anything else: git\'s own first line)', () => {
      const repo = gitdir(PROMPT);
      appendFileSync(path.join(repo.dir, '.git', 'config'), '[core\n');
      return { cwd: repo.dir };
    }, (cwd) => `error: git rev-parse failed: bad config line ${configLines(cwd)} in file .git/config\nhint: That is git's own message; run again with --debug for all of it.\n`],
];

describe('each reason git cannot run here has its own message', () => {
  it.each(causes)('%s: every command exits 2 with the same message and hint, no stack trace', (_name, setup, expected) => {
    const { cwd, env } = setup();
    for (const args of COMMANDS) {
      const result = runCli(args, { cwd, ...(env ? { env } : {}) });
      expect({ args, ...result }).toEqual({ args, code: 2, stdout: '', stderr: expected(cwd) });
    }
  });

  it.runIf(process.getuid?.() === 0)("a repository owned by another user (git's safe.directory check)", () => {
    const repo = gitdir(PROMPT);
    execFileSync('chown', ['-R', '65534', repo.dir]);
    const expected = `error: git refuses to work in ${repo.dir}: the repository belongs to another user ("dubious ownership").\nhint: If you trust it, mark it safe: git config --global --add safe.directory '${repo.dir}'\n`;
    const home = scratchDir();
    for (const args of COMMANDS) expect({ args, ...runCli(args, { cwd: repo.dir, env: { HOME: home } }) }).toEqual({ args, code: 2, stdout: '', stderr: expected });
    // The hint's command is the fix: git then trusts it, and so does promptgit.
    execFileSync('git', ['config', '--global', '--add', 'safe.directory', repo.dir], { env: isolatedGitEnv({ HOME: home }) });
    expect(runCli(['list'], { cwd: repo.dir, env: { HOME: home } }).code).toBe(0);
  });

  it('--debug adds the stack and what git said, whole', () => {
    const cwd = scratchDir();
    const result = runCli(['list', '--debug'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(STACK);
    expect(result.stderr).toContain(`Caused by: Error: git rev-parse --is-shallow-repository --show-toplevel (in ${cwd}) exited with 128:\nfatal: not a git repository (or any of the parent directories): .git`);
  });

  it('init --git still creates the repository outside one, but never inside a bare one', () => {
    const outside = scratchDir();
    expect(runCli(['init', '--git'], { cwd: outside }).code).toBe(0);
    const bare = path.join(scratchDir(), 'bare.git');
    mkdirSync(bare);
    execFileSync('git', ['init', '-q', '--bare', bare], { env: isolatedGitEnv() });
    const result = runCli(['init', '--git'], { cwd: bare });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^error: .* has no work tree/);
  });
});
