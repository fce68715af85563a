import { describe, expect, it } from 'vitest';
import { GitError, NotARepoError } from '../../../src/errors.js';
import { execGit, findRepoRoot, gitStats, isShallowRepository, readObjects, runGit } from '../../../src/git/index.js';
import { lintWorkspace } from '../../../src/lint/index.js';
import { gitdir, scratchDir } from '../../helpers/gitdir.js';

describe('the one git runner', () => {
  it('tells an exit code that answers from one that fails', async () => {
    const repo = gitdir({ 'a.txt': 'a\n' });
    expect((await execGit(repo.dir, ['rev-parse', '--verify', '--quiet', 'nope^{commit}'], { answers: [1] })).code).toBe(1);
    await expect(runGit(repo.dir, ['rev-parse', '--verify', '--quiet', 'nope^{commit}'])).rejects.toBeInstanceOf(GitError);
    await expect(execGit(repo.dir, ['rev-parse', '--verify', 'HEAD:nope'], { answers: [1] })).rejects.toThrow(/^git rev-parse failed: /);
  });

  it('reads objects as bytes through the same runner, whatever they hold', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0xe9, 0x0a]);
    const repo = gitdir({ 'bin.dat': bytes, 'b.txt': 'b\n' });
    const before = gitStats.processes;
    const objects = await readObjects(repo.dir, ['HEAD:bin.dat', 'HEAD:missing', 'HEAD:b.txt']);
    expect(gitStats.processes - before).toBe(1);
    expect(objects.get('HEAD:bin.dat')).toEqual(bytes);
    expect(objects.get('HEAD:missing')).toBeUndefined();
    expect(objects.get('HEAD:b.txt')?.toString()).toBe('b\n');
  });

  it('asks git --version only after a failure an old git would explain, and once', async () => {
    const repo = gitdir({ 'a.txt': 'a\n' });
    let before = gitStats.processes;
    await expect(runGit(repo.dir, ['rev-parse', '--verify', 'nope'])).rejects.toThrow(/^git rev-parse failed: Needed a single revision$/);
    expect(gitStats.processes - before).toBe(1);
    before = gitStats.processes;
    // This git is new enough: the failure is reported as git's own, after asking its version.
    await expect(runGit(repo.dir, ['status', '--no-such-option'])).rejects.toThrow(/^git status failed: unknown option `no-such-option'$/);
    expect(gitStats.processes - before).toBe(2);
    before = gitStats.processes;
    await expect(runGit(repo.dir, ['log', '--no-such-option'])).rejects.toThrow(/^git log failed: unrecognized argument: --no-such-option$/);
    expect(gitStats.processes - before).toBe(1);
  });

  it('a missing folder is named as such, not as a missing git', async () => {
    await expect(findRepoRoot(`${scratchDir()}/gone`)).rejects.toThrow(/gone does not exist\.$/);
    await expect(findRepoRoot(`${scratchDir()}/gone`)).rejects.toBeInstanceOf(NotARepoError);
  });

  it('finding the root also answers whether the clone is shallow: no second process', async () => {
    const repo = gitdir({ 'a.txt': 'a\n' });
    const root = await findRepoRoot(repo.dir);
    const before = gitStats.processes;
    expect(await isShallowRepository(root)).toBe(false);
    expect(gitStats.processes).toBe(before);
  });

  it('the pre-commit hook path stays at four git processes for an unversioned prompt: root, staged paths, the narrowed index, one cat-file (no tags, no git --version when git works)', async () => {
    const repo = gitdir({ '.prompts/a.yaml': 'messages:\n  - role: user\n    content: hi\n' });
    repo.write({ '.prompts/a.yaml': 'messages:\n  - role: user\n    content: hello\n' });
    repo.git('add', '-A');
    const before = gitStats.processes;
    const report = await lintWorkspace({ cwd: repo.dir, staged: true });
    expect(report.results).toHaveLength(1);
    expect(gitStats.processes - before).toBe(4);
  });
});
