import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, isolatedGitEnv, scratchDir } from '../helpers/gitdir.js';

const good = 'description: Greets\nmessages:\n  - role: user\n    content: "Hello"\n';
const bad = 'description: Greets\nmessages:\n  - role: user\n    content: "Hello {{name"\n';

/** PATH with git only: no node, no node_modules/.bin, as in a GUI git client. */
function gitOnlyPath(): string {
  const dir = scratchDir('promptgit-path-');
  const git = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  symlinkSync(git, path.join(dir, 'git'));
  return dir;
}

function commit(dir: string, message: string) {
  const result = spawnSync('git', ['commit', '-m', message], { cwd: dir, env: isolatedGitEnv({ PATH: gitOnlyPath() }), encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('promptgit hook', () => {
  it('prints and exits as the CLI does on its command line, which the bin runs without the argument parser', () => {
    const repo = gitdir({ '.prompts/a.yaml': good, 'sub/x.txt': 'x' });
    const both = (cwd: string, env?: Record<string, string>) => {
      const hook = runCli(['lint', '--staged'], { cwd, ...(env ? { env } : {}) });
      // The same run through commander: an option with its default value changes nothing.
      const parsed = runCli(['lint', '--staged', '--format', 'stylish'], { cwd, ...(env ? { env } : {}) });
      expect(hook).toEqual(parsed);
      return hook;
    };
    expect(both(repo.dir)).toEqual({ code: 0, stdout: '', stderr: 'No staged prompts to lint.\n' });
    repo.write({ '.prompts/a.yaml': bad, '.prompts/_config.yaml': 'lint:\n  rules:\n    require-description: off\n' });
    repo.git('add', '-A');
    expect(both(path.join(repo.dir, 'sub'))).toMatchObject({ code: 1, stdout: expect.stringContaining('../.prompts/a.yaml:4:21  error    Template error: Unclosed tag.') });
    repo.write({ '.prompts/_config.yaml': 'lint:\n  rules:\n    nope: warn\n' });
    repo.git('add', '-A');
    expect(both(repo.dir)).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('.prompts/_config.yaml:3:5  Unknown rule "nope"') });
    expect(both(scratchDir())).toMatchObject({ code: 2, stderr: expect.stringContaining('is not inside a git work tree.') });
    expect(both(scratchDir(), { DEBUG: 'promptgit' }).stderr).toMatch(/NotARepoError[\s\S]*at /);
  });


  it('blocks a commit of a bad prompt and allows a good one, without node on PATH, in a path with spaces', () => {
    const repo = gitdir({ '.prompts/a.yaml': good }, { prefix: 'promptgit hook test ' });
    expect(runCli(['hook', 'install'], { cwd: repo.dir })).toMatchObject({ code: 0, stdout: 'Installed the pre-commit hook in .git/hooks/pre-commit: commits now run "promptgit lint --staged".\n' });
    repo.write({ '.prompts/a.yaml': bad });
    repo.git('add', '.prompts/a.yaml');
    const blocked = commit(repo.dir, 'bad prompt');
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain('.prompts/a.yaml:4:21  error    Template error: Unclosed tag.  template-syntax');
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('1');
    repo.write({ '.prompts/a.yaml': good.replace('Hello', 'Hi') });
    repo.git('add', '.prompts/a.yaml');
    expect(commit(repo.dir, 'good prompt').code).toBe(0);
    expect(repo.git('show', 'HEAD:.prompts/a.yaml')).toContain('Hi');
  });

  it('lints the staged text, not the working tree, inside the hook', () => {
    const repo = gitdir({ '.prompts/a.yaml': good });
    runCli(['hook', 'install'], { cwd: repo.dir });
    repo.write({ '.prompts/a.yaml': bad });
    repo.git('add', '.prompts/a.yaml');
    repo.write({ '.prompts/a.yaml': good });
    expect(commit(repo.dir, 'staged is bad').code).toBe(1);
  });

  it('is idempotent, refuses a foreign hook, chains it with --force, and uninstall restores it', () => {
    const repo = gitdir({ '.prompts/a.yaml': good });
    const hook = path.join(repo.dir, '.git/hooks/pre-commit');
    const foreign = '#!/bin/sh\necho foreign hook ran\n';
    writeFileSync(hook, foreign);
    chmodSync(hook, 0o755);
    const refused = runCli(['hook', 'install'], { cwd: repo.dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not promptgit's hook; it was left as it is.");
    expect(readFileSync(hook, 'utf8')).toBe(foreign);
    expect(runCli(['hook', 'install', '--force'], { cwd: repo.dir }).stdout).toContain('your previous hook was kept as .git/hooks/pre-commit.pre-promptgit and runs first');
    const installed = readFileSync(hook, 'utf8');
    expect(runCli(['hook', 'install'], { cwd: repo.dir }).stdout).toContain('already installed; nothing changed');
    expect(readFileSync(hook, 'utf8')).toBe(installed);
    repo.write({ '.prompts/b.yaml': good });
    repo.git('add', '-A');
    const ran = commit(repo.dir, 'chained');
    expect(ran).toMatchObject({ code: 0 });
    expect(ran.output).toContain('foreign hook ran');
    expect(runCli(['hook', 'uninstall'], { cwd: repo.dir }).stdout).toContain('restored your previous hook');
    expect(readFileSync(hook, 'utf8')).toBe(foreign);
    expect(existsSync(`${hook}.pre-promptgit`)).toBe(false);
    expect(runCli(['hook', 'uninstall'], { cwd: repo.dir })).toMatchObject({ code: 0, stdout: `The pre-commit hook in .git/hooks/pre-commit is not promptgit's; it was left as it is.\n` });
  });

  it('respects core.hooksPath', () => {
    const repo = gitdir({ '.prompts/a.yaml': good });
    mkdirSync(path.join(repo.dir, '.husky'));
    repo.git('config', 'core.hooksPath', '.husky');
    expect(runCli(['hook', 'install'], { cwd: repo.dir }).stdout).toContain('.husky/pre-commit');
    repo.write({ '.prompts/a.yaml': bad });
    repo.git('add', '.prompts/a.yaml');
    expect(commit(repo.dir, 'bad').code).toBe(1);
    expect(runCli(['hook', 'uninstall'], { cwd: repo.dir }).stdout).toBe('Removed the pre-commit hook .husky/pre-commit.\n');
    expect(existsSync(path.join(repo.dir, '.husky/pre-commit'))).toBe(false);
  });
});
