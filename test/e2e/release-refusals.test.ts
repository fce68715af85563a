import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, scratchDir } from '../helpers/gitdir.js';
import { repoState } from '../helpers/repo-state.js';
import { edit, promptRepo } from './release-fixture.js';

describe('promptgit release refuses, changing nothing', () => {
  const cases: Array<[string, (dir: string) => string, string[], number, RegExp]> = [
    ['no prompts named', (dir) => dir, [], 2, /^error: Which prompts\? Give their ids, or --all/],
    ['ids and --all together', (dir) => dir, ['summary', '--all'], 2, /^error: Give prompt ids or --all, not both\./],
    ['an unknown id, with a suggestion', (dir) => dir, ['sumary'], 2, /^error: A prompt to release does not exist\.\n {2}No prompt "sumary" in \.prompts\/\. Did you mean "summary"\?/],
  ];
  it.each(cases)('%s', (_name, _setup, args, code, stderr) => {
    const repo = promptRepo();
    const before = repoState(repo);
    const result = runCli(['release', ...args], { cwd: repo.dir });
    expect(result.stderr).toMatch(stderr);
    expect(result).toMatchObject({ code, stdout: '' });
    expect(repoState(repo)).toEqual(before);
  });

  it('outside a git repository', () => {
    const result = runCli(['release', '--all'], { cwd: scratchDir() });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/is not inside a git work tree/);
  });

  it('in a repository without commits', () => {
    const repo = gitdir({ '.prompts/a.yaml': 'messages:\n  - role: user\n    content: hi\n' }, { commit: false });
    const result = runCli(['release', '--all'], { cwd: repo.dir });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/has no commits yet\.\nhint: Commit your prompts first/);
  });

  it('when lint finds errors, printing the lint report (exit 1)', () => {
    const repo = promptRepo();
    edit(repo, '.prompts/summary.yaml', '{{thread}}', '{{thread}} {{missing}}');
    const before = repoState(repo);
    const result = runCli(['release', 'summary'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\.prompts\/summary\.yaml\n.*missing.*undefined-variable/s);
    expect(result.stderr).toMatch(/error: Lint found an error in the prompts to release; nothing was released\.\nhint: Fix them \(run "promptgit lint summary"\)/);
    expect(repoState(repo)).toEqual(before);
  });

  it('when a tag it would create exists or clashes with a tag folder', () => {
    const repo = promptRepo();
    repo.git('tag', 'prompts/summary@1.0.0/old');
    const before = repoState(repo);
    const result = runCli(['release', 'summary'], { cwd: repo.dir });
    expect(result.stderr).toMatch(/^error: The tag this release would create already exists\.\n {2}\.prompts\/summary\.yaml {2}tag prompts\/summary@1\.0\.0 cannot be created next to the existing tag prompts\/summary@1\.0\.0\/old\n/);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(repoState(repo)).toEqual(before);
  });

  it('when --pre would make a version older than the last release', () => {
    const repo = promptRepo();
    runCli(['release', 'summary', '--pre', 'rc'], { cwd: repo.dir });
    edit(repo, '.prompts/summary.yaml', 'Summarizes', 'Summarises');
    const before = repoState(repo);
    const result = runCli(['release', 'summary', '--pre', 'beta'], { cwd: repo.dir });
    expect(result.stderr).toMatch(/^error: summary: the next version would be 1\.0\.0-beta\.0, which is not newer than its last release 1\.0\.0-rc\.0\.\nhint: Pre-release identifiers sort alphabetically/);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(repoState(repo)).toEqual(before);
  });

  it('while another release holds the lock, and reports a stale lock without removing it', () => {
    const repo = promptRepo();
    const lock = path.join(repo.dir, '.git', 'promptgit-release.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), started: '2026-11-30T10:00:00Z' }));
    const busy = runCli(['release', '--all'], { cwd: repo.dir });
    expect(busy).toMatchObject({ code: 2, stdout: '' });
    expect(busy.stderr).toContain(`error: Another promptgit release is running in this repository (process ${process.pid}).`);
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), started: '2026-11-30T10:00:00Z' }));
    const stale = runCli(['release', '--all'], { cwd: repo.dir });
    expect(stale).toMatchObject({ code: 2, stdout: '' });
    expect(stale.stderr).toMatch(/A release lock from process 4194321 \(started 2026-11-30T10:00:00Z\) is still in .*promptgit-release\.lock, but that process is no longer running\./);
    expect(stale.stderr).toMatch(/hint: .*remove .*promptgit-release\.lock/);
    // --dry-run writes nothing, so it does not need the lock.
    expect(runCli(['release', '--all', '--dry-run'], { cwd: repo.dir }).code).toBe(0);
  });
});
