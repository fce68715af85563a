import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, isolatedGitEnv, scratchDir, type ScratchRepo } from '../helpers/gitdir.js';
import { repoState } from '../helpers/repo-state.js';
import { SUMMARY, TRIAGE, edit, hook, promptRepo, read, tags } from './release-fixture.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: isolatedGitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repository whose prompts are released, with three more commits on top. */
function withHistory(): ScratchRepo {
  const repo = promptRepo();
  expect(runCli(['release', '--all'], { cwd: repo.dir }).code).toBe(0);
  edit(repo, '.prompts/summary.yaml', 'Summarizes', 'Summarises');
  edit(repo, '.prompts/support/triage.yaml', 'temperature: 0.2', 'temperature: 0.3');
  edit(repo, '.prompts/summary.yaml', 'Summarises', 'Sums up');
  return repo;
}

describe('promptgit in the repository layouts git makes', () => {
  it('a linked worktree: release from it, and the main worktree sees the tags', () => {
    const repo = promptRepo();
    const linked = path.join(scratchDir(), 'linked');
    repo.git('worktree', 'add', '-q', '-b', 'feature', linked);
    writeFileSync(path.join(linked, '.prompts/summary.yaml'), SUMMARY.replace('Summarizes', 'Summarises'));
    git(linked, 'commit', '-q', '-am', 'summary wording');
    const before = repoState(repo);
    const result = runCli(['release', 'summary'], { cwd: path.join(linked, '.prompts') });
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('prompts/summary@1.0.0');
    expect(tags(repo)).toEqual(['prompts/summary@1.0.0']);
    expect(repo.git('rev-parse', 'prompts/summary@1.0.0^{commit}')).toBe(git(linked, 'rev-parse', 'HEAD'));
    expect(git(linked, 'status', '--porcelain')).toBe('');
    // The main worktree's HEAD, index and files are its own: untouched.
    expect({ ...repoState(repo), refs: before.refs }).toEqual(before);
    expect(runCli(['show', 'summary@1.0.0'], { cwd: repo.dir }).stdout).toContain('Summarises');
  });

  it('a submodule works on its own prompts, and the superproject around it on its own', () => {
    const lib = promptRepo();
    const top = gitdir({ '.prompts/top.yaml': SUMMARY });
    top.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.dir, 'libs/lib');
    top.git('commit', '-q', '-m', 'add the submodule');
    const sub = path.join(top.dir, 'libs', 'lib');
    expect(JSON.parse(runCli(['list', '--json'], { cwd: sub }).stdout).map((e: { id: string }) => e.id)).toEqual(['summary', 'support/triage']);
    expect(JSON.parse(runCli(['list', '--json'], { cwd: top.dir }).stdout).map((e: { id: string }) => e.id)).toEqual(['top']);
    expect(runCli(['release', 'summary'], { cwd: path.join(sub, '.prompts') }).code).toBe(0);
    expect(git(sub, 'tag', '-l')).toBe('prompts/summary@1.0.0\n');
    expect(git(sub, 'status', '--porcelain')).toBe('');
    expect(top.git('tag', '-l')).toBe('');
    expect(runCli(['lint'], { cwd: top.dir }).code).toBe(0);
    expect(runCli(['release', 'top'], { cwd: top.dir }).code).toBe(0);
    expect(top.git('tag', '-l')).toBe('prompts/top@1.0.0\n');
    expect(git(sub, 'tag', '-l')).toBe('prompts/summary@1.0.0\n');
  });

  it('--separate-git-dir: from a subfolder of the work tree', () => {
    const base = scratchDir();
    const work = path.join(base, 'work');
    git(base, 'init', '-q', '-b', 'main', '--separate-git-dir', path.join(base, 'elsewhere.git'), work);
    mkdirSync(path.join(work, '.prompts', 'support'), { recursive: true });
    writeFileSync(path.join(work, '.prompts/support/triage.yaml'), TRIAGE);
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', 'prompts');
    const sub = path.join(work, '.prompts', 'support');
    expect(runCli(['list'], { cwd: sub }).stdout).toContain('support/triage');
    expect(runCli(['release', 'support/triage'], { cwd: sub }).code).toBe(0);
    expect(git(work, 'tag', '-l')).toBe('prompts/support/triage@1.0.0\n');
    expect(runCli(['hook', 'install'], { cwd: sub }).stdout).toContain('elsewhere.git');
  });

  it('a shallow clone: lint, list and log work; list says tags may be missing; a ref past the boundary is exit 2', () => {
    const origin = withHistory();
    const clone = path.join(scratchDir(), 'clone');
    git(scratchDir(), 'clone', '-q', '--depth', '1', `file://${origin.dir}`, clone);
    expect(runCli(['lint'], { cwd: clone }).code).toBe(0);
    const list = runCli(['list'], { cwd: clone });
    expect(list).toMatchObject({ code: 0, stderr: 'note: This clone is shallow: release tags on older commits may be missing, so some prompts may show fewer releases. Run "git fetch --unshallow --tags" to see every release.\n' });
    expect(list.stdout).toMatch(/summary\s+-\s+never released/);
    expect(runCli(['list', '--json'], { cwd: clone }).stderr).toContain('note: This clone is shallow');
    expect(runCli(['log', 'summary'], { cwd: clone })).toMatchObject({ code: 0, stderr: '' });
    const past = `error: "HEAD~2" is not in this shallow clone: its history stops before that commit.\nhint: Fetch more history with "git fetch --deepen=<n>" or "git fetch --unshallow", then run this again.\n`;
    expect(runCli(['diff', 'HEAD~2'], { cwd: clone })).toEqual({ code: 2, stdout: '', stderr: past });
    expect(runCli(['show', 'summary@HEAD~2'], { cwd: clone })).toEqual({ code: 2, stdout: '', stderr: past });
    // A full clone has no note, and the same revision resolves.
    expect(runCli(['list'], { cwd: origin.dir }).stderr).toBe('');
    expect(runCli(['show', 'summary@HEAD~2'], { cwd: origin.dir }).code).toBe(0);
  });

  it('core.autocrlf=true with CRLF files: release keeps CRLF on every line and leaves the tree clean', () => {
    const repo = promptRepo();
    repo.git('config', 'core.autocrlf', 'true');
    expect(runCli(['release', '--all'], { cwd: repo.dir }).code).toBe(0);
    // Check out again: git writes every text file with CRLF now, the changelog too.
    for (const file of ['.prompts/summary.yaml', '.prompts/support/triage.yaml', '.prompts/CHANGELOG.md']) rmSync(path.join(repo.dir, file));
    repo.git('checkout', '--', '.');
    expect(read(repo, '.prompts/CHANGELOG.md')).toContain('\r\n');
    writeFileSync(path.join(repo.dir, '.prompts/summary.yaml'), read(repo, '.prompts/summary.yaml').replace('Summarizes', 'Summarises'));
    repo.git('commit', '-q', '-am', 'wording');
    const result = runCli(['release', 'summary'], { cwd: repo.dir });
    expect(result).toMatchObject({ code: 0 });
    for (const file of ['.prompts/summary.yaml', '.prompts/CHANGELOG.md']) {
      const lines = read(repo, file).split('\n').slice(0, -1);
      expect(lines.filter((line) => !line.endsWith('\r'))).toEqual([]);
      expect(repo.git('show', `HEAD:${file}`)).not.toContain('\r');
    }
    expect(read(repo, '.prompts/summary.yaml')).toContain('version: 1.0.1\r\n');
    expect(read(repo, '.prompts/CHANGELOG.md')).toContain('## summary@1.0.1');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('a detached HEAD: release commits on it and tags that commit; a failed one puts HEAD back', () => {
    const repo = promptRepo();
    const main = repo.git('rev-parse', 'main');
    repo.git('checkout', '-q', '--detach');
    expect(runCli(['list'], { cwd: repo.dir }).code).toBe(0);
    hook(repo, 'pre-commit', 'exit 1');
    const before = repoState(repo);
    expect(runCli(['release', 'summary'], { cwd: repo.dir }).code).toBe(2);
    expect(repoState(repo)).toEqual(before);
    rmSync(path.join(repo.dir, '.git/hooks/pre-commit'));
    expect(runCli(['release', 'summary'], { cwd: repo.dir }).code).toBe(0);
    expect(repo.git('rev-parse', '--symbolic-full-name', 'HEAD').trim()).toBe('HEAD');
    expect(repo.git('rev-parse', 'prompts/summary@1.0.0^{commit}')).toBe(repo.git('rev-parse', 'HEAD'));
    expect(repo.git('rev-parse', 'main')).toBe(main);
  });

  const unfinished: Array<[string, string[]]> = [
    ['merge', ['merge', 'other']],
    ['cherry-pick', ['cherry-pick', 'other']],
    ['rebase', ['rebase', 'other']],
  ];
  it.each(unfinished)('a %s in progress: release refuses and changes nothing (dry run too)', (operation, command) => {
    const repo = promptRepo({ 'notes.txt': 'base\n' });
    repo.git('checkout', '-q', '-b', 'other');
    repo.write({ 'notes.txt': 'theirs\n' });
    repo.commit('theirs');
    repo.git('checkout', '-q', 'main');
    repo.write({ 'notes.txt': 'ours\n' });
    repo.commit('ours');
    expect(() => repo.git(...command)).toThrow();
    const before = repoState(repo);
    const expected = { code: 2, stdout: '', stderr: `error: A "git ${operation}" is in progress: a release now would commit in the middle of it.\nhint: Finish it ("git ${operation} --continue") or abort it ("git ${operation} --abort"), then release.\n` };
    expect(runCli(['release', '--all'], { cwd: repo.dir })).toEqual(expected);
    expect(runCli(['release', '--all', '--dry-run'], { cwd: repo.dir })).toEqual(expected);
    expect(repoState(repo)).toEqual(before);
  });

  it('repository paths with spaces, quotes and non-ASCII letters', () => {
    const repo = gitdir({ '.prompts/support/triage.yaml': TRIAGE, '.prompts/summary.yaml': SUMMARY }, { prefix: `promptgit it's a "quoted" répertoire ü ` });
    expect(runCli(['lint'], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['list', '--json'], { cwd: path.join(repo.dir, '.prompts') }).stdout).toContain('support/triage');
    expect(runCli(['release', '--all'], { cwd: repo.dir }).code).toBe(0);
    edit(repo, '.prompts/summary.yaml', 'Summarizes', 'Summarises');
    expect(runCli(['diff', 'HEAD~1', '--stat'], { cwd: repo.dir }).stdout).toContain('summary');
    expect(runCli(['log', 'summary'], { cwd: repo.dir }).stdout).toContain('1.0.0');
    expect(runCli(['show', 'summary@1.0.0'], { cwd: repo.dir }).stdout).toContain('Summarizes');
    expect(runCli(['hook', 'install'], { cwd: repo.dir }).code).toBe(0);
    writeFileSync(path.join(repo.dir, '.prompts/summary.yaml'), `${readFileSync(path.join(repo.dir, '.prompts/summary.yaml'), 'utf8')}x: [\n`);
    repo.git('add', '.prompts/summary.yaml');
    expect(() => repo.git('commit', '-q', '-m', 'broken')).toThrow(/valid-yaml/);
  });
});
