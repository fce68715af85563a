import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, isolatedGitEnv, scratchDir, type ScratchRepo } from '../helpers/gitdir.js';
import { edit, promptRepo, tags } from './release-fixture.js';

const BAD = 'description: Greets\nmessages:\n  - role: user\n    content: "Hello {{name"\n';

function emptyFile(name: string): string {
  const file = path.join(scratchDir(), name);
  writeFileSync(file, '');
  return file;
}

/** A developer's shell, a CI image, a Nix shell: what simple-git's guard used to refuse. */
function userShell(): Record<string, string> {
  return {
    VISUAL: 'vim',
    EDITOR: 'nano',
    PAGER: 'less',
    GIT_PAGER: 'less -R',
    PREFIX: '/usr/local',
    SSH_ASKPASS: '/usr/bin/ssh-askpass',
    GIT_CONFIG_GLOBAL: emptyFile('global.gitconfig'),
    GIT_CONFIG_SYSTEM: emptyFile('system.gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

function gitCommit(repo: ScratchRepo, env: Record<string, string>, message: string) {
  const result = spawnSync('git', ['commit', '-m', message], { cwd: repo.dir, env: isolatedGitEnv(env), encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("promptgit runs with the user's environment, as git does", () => {
  it.each(Object.keys(userShell()))('%s in the environment: list works', (name) => {
    const repo = promptRepo();
    const result = runCli(['list'], { cwd: repo.dir, env: { [name]: userShell()[name]! } });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('support/triage');
  });

  it('with all of them set, every command works and release tags as usual', () => {
    const repo = promptRepo();
    const env = userShell();
    edit(repo, '.prompts/summary.yaml', 'Summarizes', 'Summarises');
    const run = (args: string[]) => runCli(args, { cwd: repo.dir, env });
    expect(run(['lint']).code).toBe(0);
    expect(run(['diff', 'HEAD~1']).stdout).toContain('summary');
    expect(run(['log', 'summary']).code).toBe(0);
    expect(run(['show', 'summary@HEAD~1']).stdout).toContain('Summarizes');
    expect(run(['render', 'summary', '--var', 'thread=hi']).code).toBe(0);
    expect(run(['release', '--all'])).toMatchObject({ code: 0 });
    expect(tags(repo)).toEqual(['prompts/summary@1.0.0', 'prompts/support/triage@1.0.0']);
    expect(run(['list']).stdout).toMatch(/summary\s+1\.0\.0\s+released/);
  });

  it('with the hook installed, such a user can commit a file that is no prompt, and a bad prompt is still blocked', () => {
    const repo = gitdir({ '.prompts/a.yaml': 'messages:\n  - role: user\n    content: hi\n' });
    const env = userShell();
    expect(runCli(['hook', 'install'], { cwd: repo.dir, env }).code).toBe(0);
    repo.write({ 'README.md': 'notes\n' });
    repo.git('add', 'README.md');
    expect(gitCommit(repo, env, 'docs')).toMatchObject({ code: 0 });
    repo.write({ '.prompts/a.yaml': BAD });
    repo.git('add', '.prompts/a.yaml');
    const blocked = gitCommit(repo, env, 'bad prompt');
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain('template-syntax');
  });

  it('reads the config GIT_CONFIG_GLOBAL names (core.hooksPath here)', () => {
    const repo = promptRepo();
    const hooks = path.join(scratchDir(), 'shared hooks');
    const global = path.join(scratchDir(), 'gitconfig');
    writeFileSync(global, `[core]\n\thooksPath = ${hooks}\n`);
    expect(runCli(['hook', 'install'], { cwd: repo.dir, env: { GIT_CONFIG_GLOBAL: global } }).code).toBe(0);
    expect(existsSync(path.join(hooks, 'pre-commit'))).toBe(true);
    expect(existsSync(path.join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('reads GIT_CONFIG_SYSTEM unless GIT_CONFIG_NOSYSTEM is set, as git does', () => {
    const repo = promptRepo();
    const system = path.join(scratchDir(), 'gitconfig');
    writeFileSync(system, '[broken\n');
    const read = runCli(['list'], { cwd: repo.dir, env: { GIT_CONFIG_SYSTEM: system, GIT_CONFIG_NOSYSTEM: '0' } });
    expect(read).toMatchObject({ code: 2, stdout: '', stderr: `error: git rev-parse failed: bad config line 1 in file ${system}\nhint: That is git's own message; run again with --debug for all of it.\n` });
    expect(runCli(['list'], { cwd: repo.dir, env: { GIT_CONFIG_SYSTEM: system, GIT_CONFIG_NOSYSTEM: '1' } }).code).toBe(0);
  });

  it('GIT_DIR and GIT_WORK_TREE, relative, from a subfolder: git finds them from where promptgit started', () => {
    const repo = promptRepo();
    edit(repo, '.prompts/summary.yaml', 'Summarizes', 'Summarises');
    const gitDir = path.join(scratchDir(), 'moved.git');
    // Move the repository away from its work tree: only the variables connect them.
    renameSync(path.join(repo.dir, '.git'), gitDir);
    const sub = path.join(repo.dir, '.prompts', 'support');
    const env = { GIT_DIR: path.relative(sub, gitDir), GIT_WORK_TREE: path.relative(sub, repo.dir) };
    expect(runCli(['list', '--json'], { cwd: sub, env }).stdout).toContain('"id": "summary"');
    expect(runCli(['diff', 'HEAD~1', '--stat'], { cwd: sub, env }).stdout).toContain('summary');
    expect(runCli(['release', 'summary'], { cwd: sub, env })).toMatchObject({ code: 0 });
    const git = (...args: string[]) => spawnSync('git', args, { cwd: sub, env: isolatedGitEnv(env), encoding: 'utf8' }).stdout;
    expect(git('tag', '-l')).toBe('prompts/summary@1.0.0\n');
    expect(git('status', '--porcelain')).toBe('');
  });
});
