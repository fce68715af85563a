import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { isolatedGitEnv, type ScratchRepo } from '../helpers/gitdir.js';
import { repoState } from '../helpers/repo-state.js';
import { edit, hook, promptRepo, tags } from './release-fixture.js';

/** A repository with a first release done and uncommitted unrelated work lying around. */
function released(): ScratchRepo {
  const repo = promptRepo({ 'notes.txt': 'one\n' });
  expect(runCli(['release', '--all'], { cwd: repo.dir }).code).toBe(0);
  edit(repo, '.prompts/support/triage.yaml', 'temperature: 0.2', 'temperature: 0.4');
  edit(repo, '.prompts/summary.yaml', 'Summarizes', 'Summarises');
  repo.write({ 'notes.txt': 'staged\n', 'scratch.txt': 'untracked\n' });
  repo.git('add', 'notes.txt');
  return repo;
}

function start(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: isolatedGitEnv({ NO_COLOR: '1' }), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : -1), stdout, stderr })));
  return { child, done };
}

async function waitFor(file: string): Promise<void> {
  for (let i = 0; i < 600 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
  if (!existsSync(file)) throw new Error(`${file} never appeared`);
}

describe('promptgit release is all or nothing', () => {
  const failures: Array<[string, (repo: ScratchRepo) => void, RegExp]> = [
    ['a file cannot be written (the changelog path is a folder)', (repo) => {
        repo.git('rm', '-q', '.prompts/CHANGELOG.md');
        repo.git('commit', '-q', '-m', 'no changelog');
        mkdirSync(path.join(repo.dir, '.prompts/CHANGELOG.md/x'), { recursive: true });
      }, /^error: The release failed at "write files": .*EISDIR/m],
    ['a pre-commit hook rejects the commit', (repo) => hook(repo, 'pre-commit', 'echo "release commits need a ticket" >&2; exit 1'), /^error: The release failed at "commit": git commit failed: release commits need a ticket\. The repository is back as it was before/m],
    ['a tag cannot be created', (repo) => hook(repo, 'reference-transaction', 'if [ "$1" = prepared ] && grep -q " refs/tags/"; then echo "tags are frozen" >&2; exit 1; fi; exit 0'), /^error: The release failed at "create tags": .*The repository is back as it was before/m],
  ];
  it.each(failures)('restores files, index, HEAD and tags when %s', (_name, inject, message) => {
    const repo = released();
    inject(repo);
    const before = repoState(repo);
    const result = runCli(['release', '--all'], { cwd: repo.dir });
    expect(result.stderr).toMatch(message);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(repoState(repo)).toEqual(before);
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('says git has no identity, and how to set one, when the release commit cannot be written for lack of it', () => {
    const repo = released();
    repo.git('config', '--unset', 'user.name');
    repo.git('config', '--unset', 'user.email');
    repo.git('config', 'user.useConfigOnly', 'true');
    const before = repoState(repo);
    const noIdentity = { GIT_AUTHOR_NAME: '', GIT_AUTHOR_EMAIL: '', GIT_COMMITTER_NAME: '', GIT_COMMITTER_EMAIL: '' };
    const result = runCli(['release', '--all'], { cwd: repo.dir, env: noIdentity });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'error: The release failed at "commit": git does not know who you are (no user.name or user.email), so it cannot write the commit or tag. The repository is back as it was before (files, index, HEAD and tags).\n' +
        'hint: Run git config user.email "you@example.com" and git config user.name "Your Name" (add --global for every repository), then run it again.\n',
    );
    expect(result.stderr).not.toContain('hook');
    expect(repoState(repo)).toEqual(before);
  });

  it('restores everything when interrupted with Ctrl-C during the commit, and frees the lock', async () => {
    const repo = released();
    const marker = path.join(repo.dir, '.git', 'hook-started');
    hook(repo, 'pre-commit', `touch "${marker}"; sleep 30`);
    const before = repoState(repo);
    const run = start(['release', '--all'], repo.dir);
    await waitFor(marker);
    // Ctrl-C signals the whole foreground process group: promptgit, git and the hook.
    process.kill(-run.child.pid!, 'SIGINT');
    const result = await run.done;
    expect(result.stderr).toMatch(/^error: Release interrupted \(SIGINT\); the repository is back as it was before\./m);
    expect(result).toMatchObject({ code: 130, stdout: '' });
    rmSync(marker);
    expect(repoState(repo)).toEqual(before);
    expect(existsSync(path.join(repo.dir, '.git', 'promptgit-release.lock'))).toBe(false);
  });

  it('lets exactly one of two releases started at once succeed; the other is refused cleanly', async () => {
    const repo = released();
    // Hold the commit open long enough for the two runs to overlap.
    hook(repo, 'pre-commit', 'sleep 2');
    const first = start(['release', '--all'], repo.dir);
    const second = start(['release', '--all'], repo.dir);
    const results = await Promise.all([first.done, second.done]);
    const ok = results.filter((r) => r.code === 0);
    const refused = results.filter((r) => r.code !== 0);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ code: 2, stdout: '' });
    expect(refused[0]!.stderr).toMatch(/^error: Another promptgit release is running in this repository \(process \d+\)\.\nhint: Wait for it to finish/);
    expect(tags(repo)).toEqual(['prompts/summary@1.0.0', 'prompts/summary@1.0.1', 'prompts/support/triage@1.0.0', 'prompts/support/triage@1.1.0']);
    expect(repo.git('log', '--format=%s', '-2').trim().split('\n')).toEqual(['release: summary@1.0.1, support/triage@1.1.0', 'edit .prompts/summary.yaml']);
    expect(existsSync(path.join(repo.dir, '.git', 'promptgit-release.lock'))).toBe(false);
  });
});
