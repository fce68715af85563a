import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SUMMARY, edit, promptRepo } from './release-fixture.js';

describe('promptgit list shows the release state', () => {
  it('released, changed since X and never released, in text and JSON', () => {
    const repo = promptRepo();
    expect(runCli(['release', 'support/triage', 'summary'], { cwd: repo.dir }).code).toBe(0);
    edit(repo, '.prompts/summary.yaml', 'Summarizes', 'Summarises');
    repo.write({ '.prompts/fresh.yaml': SUMMARY.replace('Summary', 'Fresh') });
    const text = runCli(['list'], { cwd: repo.dir });
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toBe(
      [
        'ID              VERSION  RELEASE              STATE      DESCRIPTION',
        'fresh           -        never released       untracked  Summarizes a thread',
        'summary         1.0.0    changed since 1.0.0  clean      Summarises a thread',
        'support/triage  1.0.0    released             clean      Sorts support tickets',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(runCli(['list', '--json'], { cwd: repo.dir }).stdout) as Array<Record<string, unknown>>;
    expect(json.map((e) => [e.id, e.version ?? null, e.released, e.release])).toEqual([
      ['fresh', null, null, 'unreleased'],
      ['summary', '1.0.0', '1.0.0', 'changed'],
      ['support/triage', '1.0.0', '1.0.0', 'released'],
    ]);
  });
});
