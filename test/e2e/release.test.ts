import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { repoState } from '../helpers/repo-state.js';
import { BIN } from '../helpers/cli.js';
import { SUMMARY, TRIAGE, edit, hook, promptRepo, read, tags } from './release-fixture.js';

const TODAY = /\d{4}-\d{2}-\d{2}/;

describe('promptgit release', () => {
  it('makes a first release: version line, changelog, one commit, annotated tags', () => {
    const repo = promptRepo();
    const result = runCli(['release', 'support/triage', 'summary', '-m', 'Launch'], { cwd: repo.dir });
    expect(result.stderr).toBe('Push the commit and its tags: git push --follow-tags\n');
    const commit = repo.git('rev-parse', '--short=7', 'HEAD').trim();
    expect(result.stdout).toBe(`Released 2 prompts in commit ${commit}:\n  prompts/summary@1.0.0         first release\n  prompts/support/triage@1.0.0  first release\n`);
    expect(result.code).toBe(0);
    expect(repo.git('log', '-1', '--format=%B').trim()).toBe('release: summary@1.0.0, support/triage@1.0.0\n\nLaunch');
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('2');
    // Only the version line was added; every comment and space elsewhere is kept.
    expect(read(repo, '.prompts/support/triage.yaml')).toBe(TRIAGE.replace('description: Sorts support tickets\n', 'description: Sorts support tickets\nversion: 1.0.0\n'));
    expect(read(repo, '.prompts/summary.yaml')).toBe(SUMMARY.replace('description: Summarizes a thread\n', 'description: Summarizes a thread\nversion: 1.0.0\n'));
    expect(repo.git('for-each-ref', '--format=%(refname:short) %(objecttype) %(*objectname)', 'refs/tags').trim().split('\n')).toEqual([
      `prompts/summary@1.0.0 tag ${repo.git('rev-parse', 'HEAD').trim()}`,
      `prompts/support/triage@1.0.0 tag ${repo.git('rev-parse', 'HEAD').trim()}`,
    ]);
    expect(repo.git('cat-file', 'tag', 'prompts/support/triage@1.0.0').split('\n\n').slice(1).join('\n\n')).toBe('support/triage@1.0.0\n\nLaunch\n\nFirst release.\n');
    const changelog = read(repo, '.prompts/CHANGELOG.md');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog.replace(TODAY, 'DATE').replace(TODAY, 'DATE')).toContain('## summary@1.0.0 - DATE\n\nLaunch\n\nFirst release.\n\n## support/triage@1.0.0 - DATE\n\nLaunch\n\nFirst release.\n');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  const bumps: Array<[string, string, string, string, string]> = [
    ['a fix (description edited)', 'description: Sorts support tickets', 'description: Sorts incoming support tickets', '1.0.1', 'fix'],
    ['a feature (temperature changed)', 'temperature: 0.2', 'temperature: 0.7', '1.1.0', 'feature'],
    ['a breaking change (enum narrowed)', 'enum: [formal, casual]', 'enum: [formal]', '2.0.0', 'breaking'],
  ];
  it.each(bumps)('bumps for %s', (_name, from, to, version, level) => {
    const repo = promptRepo();
    expect(runCli(['release', 'support/triage'], { cwd: repo.dir }).code).toBe(0);
    edit(repo, '.prompts/support/triage.yaml', from, to);
    const result = runCli(['release', 'support/triage'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`prompts/support/triage@${version}  1.0.0 -> ${version}  ${level}`);
    expect(tags(repo)).toEqual(['prompts/support/triage@1.0.0', `prompts/support/triage@${version}`]);
    expect(read(repo, '.prompts/support/triage.yaml')).toContain(`version: ${version}   `.trimEnd());
    const title = { fix: 'Fixes', feature: 'Features', breaking: 'Breaking' }[level];
    expect(read(repo, '.prompts/CHANGELOG.md')).toMatch(new RegExp(`## support/triage@${version.replace(/\./g, '\\.')} - ${TODAY.source}\\n\\n### ${title}\\n\\n- `));
  });

  it('bumps the minor version for a breaking change below 1.0.0', () => {
    const repo = promptRepo({ '.prompts/_config.yaml': 'initialVersion: 0.1.0\n' });
    runCli(['release', 'support/triage'], { cwd: repo.dir });
    edit(repo, '.prompts/support/triage.yaml', 'enum: [formal, casual]', 'enum: [formal]');
    const result = runCli(['release', 'support/triage'], { cwd: repo.dir });
    expect(result.stdout).toContain('0.1.0 -> 0.2.0  breaking (minor)');
  });

  it('uses --bump, with a notice when it is lower than the changes need', () => {
    const repo = promptRepo();
    runCli(['release', 'support/triage'], { cwd: repo.dir });
    edit(repo, '.prompts/support/triage.yaml', 'enum: [formal, casual]', 'enum: [formal]');
    const lower = runCli(['release', 'support/triage', '--bump', 'minor'], { cwd: repo.dir });
    expect(lower.stdout).toContain('1.0.0 -> 1.1.0  breaking (minor)');
    expect(lower.stderr).toContain('notice: support/triage: --bump minor is lower than its changes need (breaking: major); using minor as asked.');
    edit(repo, '.prompts/support/triage.yaml', 'temperature: 0.2', 'temperature: 0.3');
    const higher = runCli(['release', 'support/triage', '--bump', 'major'], { cwd: repo.dir });
    expect(higher.stdout).toContain('1.1.0 -> 2.0.0  feature (major)');
    expect(higher.stderr).not.toContain('notice');
    expect(runCli(['release', 'support/triage', '--bump', 'huge'], { cwd: repo.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining("argument 'huge' is invalid") });
  });

  it('makes pre-releases rc.0, rc.1, then the final version', () => {
    const repo = promptRepo();
    runCli(['release', 'support/triage'], { cwd: repo.dir });
    edit(repo, '.prompts/support/triage.yaml', 'temperature: 0.2', 'temperature: 0.5');
    expect(runCli(['release', 'support/triage', '--pre', 'rc'], { cwd: repo.dir }).stdout).toContain('prompts/support/triage@1.1.0-rc.0  1.0.0 -> 1.1.0-rc.0');
    edit(repo, '.prompts/support/triage.yaml', 'temperature: 0.5', 'temperature: 0.6');
    expect(runCli(['release', 'support/triage', '--pre', 'rc'], { cwd: repo.dir }).stdout).toContain('1.1.0-rc.0 -> 1.1.0-rc.1');
    edit(repo, '.prompts/support/triage.yaml', 'Sorts support tickets', 'Sorts tickets');
    expect(runCli(['release', 'support/triage'], { cwd: repo.dir }).stdout).toContain('1.1.0-rc.1 -> 1.1.0  fix (patch)');
    expect(tags(repo)).toEqual(['prompts/support/triage@1.0.0', 'prompts/support/triage@1.1.0', 'prompts/support/triage@1.1.0-rc.0', 'prompts/support/triage@1.1.0-rc.1']);
    expect(runCli(['release', 'support/triage', '--pre', 'rc.1'], { cwd: repo.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('--pre "rc.1" is not a usable pre-release identifier') });
  });

  it('releases --all: changed and new prompts, and says which were skipped', () => {
    const repo = promptRepo();
    runCli(['release', '--all'], { cwd: repo.dir });
    edit(repo, '.prompts/support/triage.yaml', 'temperature: 0.2', 'temperature: 0.9', false);
    repo.write({ '.prompts/fresh.yaml': SUMMARY.replace('Summary', 'Fresh') });
    repo.commit('more');
    const result = runCli(['release', '--all'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Released 2 prompts in commit ${repo.git('rev-parse', '--short=7', 'HEAD').trim()}:\n  prompts/fresh@1.0.0           first release\n  prompts/support/triage@1.1.0  1.0.0 -> 1.1.0  feature (minor)\n`);
    expect(result.stderr).toBe('Skipped, no change since the last release: summary@1.0.0\nPush the commit and its tags: git push --follow-tags\n');
    const again = runCli(['release', '--all'], { cwd: repo.dir });
    expect(again).toMatchObject({ code: 0, stdout: '' });
    expect(again.stderr).toContain('Nothing to release');
  });

  it('--dry-run prints the plan and leaves every byte and ref as it was', () => {
    const repo = promptRepo();
    runCli(['release', '--all'], { cwd: repo.dir });
    edit(repo, '.prompts/support/triage.yaml', 'enum: [formal, casual]', 'enum: [formal]');
    const before = repoState(repo);
    const result = runCli(['release', '--all', '--dry-run', '-m', 'Narrow the tone'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Release plan (dry run: nothing was written):\n  support/triage@2.0.0  1.0.0 -> 2.0.0  breaking (major)\n      Narrow the tone\n\n      ### Breaking\n\n      - variable tone: enum narrowed (-casual)\n');
    expect(repoState(repo)).toEqual(before);
  });

  it('--json prints the plan and the result as documented', () => {
    const repo = promptRepo();
    const plan = JSON.parse(runCli(['release', 'summary', '--dry-run', '--json'], { cwd: repo.dir }).stdout);
    expect(plan).toEqual({
      dryRun: true,
      committed: false,
      commit: null,
      releases: [{ id: 'summary', file: '.prompts/summary.yaml', from: null, to: '1.0.0', level: 'initial', bump: null, tag: 'prompts/summary@1.0.0', changes: [], changelog: 'First release.' }],
      skipped: [],
      notices: [],
      warnings: [],
      files: [],
      next: null,
    });
    const done = JSON.parse(runCli(['release', 'summary', '--json'], { cwd: repo.dir }).stdout);
    expect(done).toMatchObject({ dryRun: false, committed: true, commit: repo.git('rev-parse', 'HEAD').trim(), files: ['.prompts/summary.yaml', '.prompts/CHANGELOG.md'], next: 'git push --follow-tags' });
  });

  it('--no-commit writes files only; a later release tags the commit that holds them', () => {
    const repo = promptRepo();
    const head = repo.git('rev-parse', 'HEAD');
    const result = runCli(['release', 'summary', '--no-commit'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Wrote 1 new version and .prompts/CHANGELOG.md (no commit, no tags):\n  prompts/summary@1.0.0  first release\n');
    expect(result.stderr).toContain('To finish: commit these files, then run "promptgit release summary" again; it creates the tags on that commit.');
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(tags(repo)).toEqual([]);
    expect(repo.git('status', '--porcelain')).toBe(' M .prompts/summary.yaml\n?? .prompts/CHANGELOG.md\n');
    const committed = repo.commit('chore: release summary (by our tooling)');
    const finish = runCli(['release', 'summary'], { cwd: repo.dir });
    expect(finish.code).toBe(0);
    expect(finish.stdout).toBe('Released 1 prompt (tags on HEAD):\n  prompts/summary@1.0.0  first release\n');
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(committed);
    expect(repo.git('rev-parse', 'prompts/summary@1.0.0^{commit}').trim()).toBe(committed);
    expect(repo.git('cat-file', 'tag', 'prompts/summary@1.0.0')).toContain('\n\nsummary@1.0.0\n\nFirst release.\n');
  });

  it('--dry-run on a dirty tree shows the plan with a warning, writes nothing, exit 0', () => {
    const repo = promptRepo();
    runCli(['release', '--all'], { cwd: repo.dir });
    edit(repo, '.prompts/summary.yaml', 'Summarizes a thread', 'Summarizes a support thread', false);
    const head = repo.git('rev-parse', 'HEAD');
    const result = runCli(['release', 'summary', '--dry-run'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Release plan \(dry run: nothing was written\):\n  summary@1\.0\.1  1\.0\.0 -> 1\.0\.1  fix/);
    expect(result.stderr).toBe(
      [
        'warning: A file to release has uncommitted changes.',
        '  .prompts/summary.yaml  has uncommitted changes: commit them first (or pass --allow-dirty to release the staged version).',
        'hint: The plan above uses the working tree as it is; without --dry-run the release refuses these files until the changes are committed.',
        'Run it without --dry-run to release.',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(runCli(['release', 'summary', '--dry-run', '--json'], { cwd: repo.dir }).stdout);
    expect(json.warnings).toEqual([{ file: '.prompts/summary.yaml', message: expect.stringContaining('has uncommitted changes') }]);
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(repo.git('status', '--porcelain')).toBe(' M .prompts/summary.yaml\n');
  });

  it('--allow-dirty releases a staged change, and refuses a half-staged one', () => {
    const repo = promptRepo();
    runCli(['release', '--all'], { cwd: repo.dir });
    edit(repo, '.prompts/summary.yaml', 'Summarizes a thread', 'Summarizes a support thread', false);
    expect(runCli(['release', 'summary'], { cwd: repo.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('.prompts/summary.yaml  has uncommitted changes') });
    repo.git('add', '.prompts/summary.yaml');
    edit(repo, '.prompts/summary.yaml', 'a support thread', 'a long support thread', false);
    expect(runCli(['release', 'summary', '--allow-dirty'], { cwd: repo.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('its staged and working versions differ') });
    repo.git('add', '.prompts/summary.yaml');
    const result = runCli(['release', 'summary', '--allow-dirty'], { cwd: repo.dir });
    expect(result.stdout).toContain('1.0.0 -> 1.0.1  fix (patch)');
    expect(repo.git('show', 'HEAD:.prompts/summary.yaml')).toContain('a long support thread');
  });

  it('passes a pre-commit hook that lints the staged prompts (version-consistency sees the changelog entry)', () => {
    const repo = promptRepo();
    hook(repo, 'pre-commit', `exec "${process.execPath}" "${BIN}" lint --staged`);
    expect(runCli(['release', '--all'], { cwd: repo.dir }).code).toBe(0);
    edit(repo, '.prompts/summary.yaml', 'Summarizes', 'Summarises');
    const result = runCli(['release', 'summary'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(tags(repo)).toContain('prompts/summary@1.0.1');
  });

  it('refuses a prompt whose version was edited by hand (version-consistency)', () => {
    const repo = promptRepo();
    runCli(['release', 'summary'], { cwd: repo.dir });
    edit(repo, '.prompts/summary.yaml', 'version: 1.0.0', 'version: 1.5.0');
    const lint = runCli(['lint', 'summary'], { cwd: repo.dir });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('version 1.5.0 has no release tag (the last release is 1.0.0)');
    const result = runCli(['release', 'summary'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('version-consistency');
  });
});
