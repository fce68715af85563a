import { renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const TRIAGE = `name: Triage
model: openai/gpt-4o-mini
modelParameters:
  temperature: 0.2
variables:
  ticket:
    type: string
messages:
  - role: system
    content: You sort support tickets. {{> sig}}
  - role: user
    content: "{{ticket}}"
`;
const SUMMARY = 'messages:\n  - role: user\n    content: Summarize {{text}}\n';

function repo() {
  return gitdir({ '.prompts/support/triage.yaml': TRIAGE, '.prompts/summary.yaml': SUMMARY, '.prompts/_partials/sig.md': 'Thanks.' });
}

const json = (stdout: string) => JSON.parse(stdout) as { from: string; to: string; level: string; prompts: { id: string; status: string; level: string; changes: { summary: string; level: string; inline?: unknown[] }[] }[] };

describe('promptgit diff', () => {
  it('prints nothing to stdout and exits 0 without changes; --exit-code stays 0', () => {
    const r = repo();
    expect(runCli(['diff', '--exit-code'], { cwd: r.dir })).toEqual({ stdout: '', stderr: 'No prompt changes.\n', code: 0 });
  });

  it('--quiet prints nothing at all and exits 1 on differences, 0 without (as git diff --quiet)', () => {
    const r = repo();
    expect(runCli(['diff', '--quiet'], { cwd: r.dir })).toEqual({ stdout: '', stderr: '', code: 0 });
    r.write({ '.prompts/support/triage.yaml': TRIAGE.replace('0.2', '0.7') });
    expect(runCli(['diff', '--quiet'], { cwd: r.dir })).toEqual({ stdout: '', stderr: '', code: 1 });
    expect(runCli(['diff', 'summary', '--quiet'], { cwd: r.dir })).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('shows working-tree changes by prompt, grouped by field, with a word diff', () => {
    const r = repo();
    r.write({ '.prompts/support/triage.yaml': TRIAGE.replace('0.2', '0.7').replace('You sort', 'You triage') });
    const out = runCli(['diff'], { cwd: r.dir });
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toBe(
      [
        'support/triage  feature  HEAD -> working tree',
        '  model',
        '    temperature 0.2 -> 0.7  [feature]',
        '  messages',
        '    system message edited  [feature]',
        '      You [-sort-]{+triage+} support tickets. {{> sig}}',
        '',
      ].join('\n'),
    );
    expect(runCli(['diff', '--exit-code', '--name-only'], { cwd: r.dir })).toEqual({ stdout: 'support/triage\n', stderr: '', code: 1 });
  });

  it('compares the index with HEAD under --staged, apart from unstaged edits', () => {
    const r = repo();
    r.write({ '.prompts/summary.yaml': SUMMARY.replace('{{text}}', '{{text}} in {{lang}}') });
    r.git('add', '.prompts');
    r.write({ '.prompts/summary.yaml': SUMMARY, '.prompts/support/triage.yaml': TRIAGE.replace('Triage', 'Triage 2') });
    const staged = json(runCli(['diff', '--staged', '--json'], { cwd: r.dir }).stdout);
    expect(staged).toMatchObject({ from: 'HEAD', to: 'index', level: 'breaking' });
    expect(staged.prompts.map((p) => [p.id, p.changes.map((c) => c.summary)])).toEqual([['summary', ['+variable lang (required string)', 'user message edited']]]);
    const worktree = json(runCli(['diff', '--json'], { cwd: r.dir }).stdout);
    expect(worktree.prompts.map((p) => [p.id, p.level])).toEqual([['support/triage', 'fix']]);
  });

  it('shows a partial edit on each prompt that includes it', () => {
    const r = repo();
    r.write({ '.prompts/_partials/sig.md': 'Thanks a lot.', '.prompts/other.yaml': 'messages:\n  - role: user\n    content: "{{> sig}}"\n' });
    r.commit('other');
    r.write({ '.prompts/_partials/sig.md': 'Best regards.' });
    const out = json(runCli(['diff', '--json'], { cwd: r.dir }).stdout);
    expect(out.prompts.map((p) => [p.id, p.changes.map((c) => c.summary)])).toEqual([
      ['other', ['partial sig edited']],
      ['support/triage', ['partial sig edited']],
    ]);
  });

  it('reports added, removed and renamed prompts between two revisions', () => {
    const r = repo();
    r.write({ '.prompts/new.yaml': 'messages:\n  - role: user\n    content: Something else entirely\n' });
    r.git('rm', '-q', '.prompts/summary.yaml');
    r.git('mv', '.prompts/support/triage.yaml', '.prompts/triage.yaml');
    r.commit('shuffle');
    const out = json(runCli(['diff', 'HEAD~1', 'HEAD', '--json'], { cwd: r.dir }).stdout);
    expect(out.prompts.map((p) => [p.id, p.status, p.level])).toEqual([
      ['new', 'added', 'feature'],
      ['summary', 'removed', 'breaking'],
      ['triage', 'renamed', 'breaking'],
    ]);
    const stat = runCli(['diff', 'HEAD~1', 'HEAD', '--stat'], { cwd: r.dir });
    expect(stat.stdout).toBe(
      ['new      feature  1 change (1 feature)', 'summary  breaking 1 change (1 breaking)', 'triage   breaking 1 change (1 breaking)', '3 changes (2 breaking, 1 feature) in 3 prompts', ''].join('\n'),
    );
  });

  it('--stat counts changes on every line, so the total is the sum of the lines above it', () => {
    const r = repo();
    r.write({
      '.prompts/support/triage.yaml': TRIAGE.replace('0.2', '0.7').replace('You sort', 'You triage').replace('name: Triage', 'name: Triage 2'),
      '.prompts/summary.yaml': SUMMARY.replace('{{text}}', '{{text}} in {{lang}}'),
    });
    expect(runCli(['diff', '--stat'], { cwd: r.dir })).toEqual({
      code: 0,
      stderr: '',
      stdout: ['summary         breaking 2 changes (1 breaking, 1 feature)', 'support/triage  feature  3 changes (2 feature, 1 fix)', '5 changes (1 breaking, 3 feature, 1 fix) in 2 prompts', ''].join('\n'),
    });
  });

  it('pairs a file moved without git mv as a rename, and shows untracked prompts as added', () => {
    const r = repo();
    renameSync(path.join(r.dir, '.prompts/summary.yaml'), path.join(r.dir, '.prompts/digest.yaml'));
    r.write({ '.prompts/brand-new.yaml': SUMMARY.replace('Summarize', 'Shorten') });
    const out = json(runCli(['diff', '--json'], { cwd: r.dir }).stdout);
    expect(out.prompts.map((p) => [p.id, p.status, p.changes.map((c) => c.summary)])).toEqual([
      ['brand-new', 'added', ['prompt added']],
      ['digest', 'renamed', ['renamed from summary']],
    ]);
  });

  it('diffs one prompt between releases, revisions and the working tree', () => {
    const r = repo();
    r.git('tag', 'prompts/support/triage@1.0.0');
    r.write({ '.prompts/support/triage.yaml': TRIAGE.replace('0.2', '0.5') });
    r.commit('warmer');
    r.git('tag', 'prompts/support/triage@1.1.0');
    r.write({ '.prompts/support/triage.yaml': TRIAGE.replace('0.2', '0.9') });
    const summaries = (args: string[]) => json(runCli(['diff', ...args, '--json'], { cwd: r.dir }).stdout).prompts.flatMap((p) => p.changes.map((c) => c.summary));
    expect(summaries(['support/triage@1.0.0', 'support/triage@1.1.0'])).toEqual(['temperature 0.2 -> 0.5']);
    expect(summaries(['support/triage', '1.0.0', 'HEAD'])).toEqual(['temperature 0.2 -> 0.5']);
    expect(summaries(['support/triage', '1.1.0'])).toEqual(['temperature 0.5 -> 0.9']);
    expect(summaries(['support/triage@latest'])).toEqual(['temperature 0.5 -> 0.9']);
    expect(summaries(['support/triage@1.0.0', 'latest'])).toEqual(['temperature 0.2 -> 0.5']);
    expect(summaries(['support/triage'])).toEqual(['temperature 0.5 -> 0.9']);
    expect(summaries(['support/triage@HEAD~1', 'summary@HEAD'])[0]).toBe('renamed from support/triage');
  });

  it('follows a merge: the merged branch change shows against the old base', () => {
    const r = repo();
    r.git('checkout', '-q', '-b', 'side');
    r.write({ '.prompts/summary.yaml': SUMMARY.replace('Summarize', 'Briefly summarize') });
    r.commit('side');
    r.git('checkout', '-q', 'main');
    r.write({ '.prompts/support/triage.yaml': TRIAGE.replace('name: Triage', 'name: Sorting') });
    r.commit('main');
    r.git('merge', '-q', '--no-edit', 'side');
    const out = json(runCli(['diff', 'HEAD~2', 'HEAD', '--json'], { cwd: r.dir }).stdout);
    expect(out.prompts.map((p) => [p.id, p.level])).toEqual([
      ['summary', 'feature'],
      ['support/triage', 'fix'],
    ]);
  });

  it('brings in the prompts that include a partial changed between two revisions', () => {
    const r = repo();
    r.write({ '.prompts/_partials/sig.md': 'Regards.' });
    r.commit('sig');
    const out = json(runCli(['diff', 'HEAD~1', 'HEAD', '--json'], { cwd: r.dir }).stdout);
    expect(out.prompts.map((p) => [p.id, p.changes.map((c) => c.summary)])).toEqual([['support/triage', ['partial sig edited']]]);
    r.git('rm', '-q', '.prompts/_partials/sig.md');
    r.commit('drop sig');
    const removed = json(runCli(['diff', 'HEAD~1', 'HEAD', '--json'], { cwd: r.dir }).stdout);
    expect(removed.prompts.map((p) => [p.id, p.level, p.changes.map((c) => c.summary)])).toEqual([['support/triage', 'breaking', ['partial sig removed (still included)']]]);
  });

  it('diffs one prompt staged with --staged, and every prompt as added before the first commit', () => {
    const r = repo();
    r.write({ '.prompts/summary.yaml': SUMMARY.replace('Summarize', 'Sum up') });
    r.git('add', '.prompts');
    r.write({ '.prompts/summary.yaml': SUMMARY });
    expect(json(runCli(['diff', 'summary', '--staged', '--json'], { cwd: r.dir }).stdout).prompts[0]!.changes.map((c) => c.summary)).toEqual(['user message edited']);
    expect(JSON.parse(runCli(['diff', 'summary', '--json'], { cwd: r.dir }).stdout)).toEqual({ from: 'summary@HEAD', to: 'summary (working tree)', level: 'none', prompts: [] });
    const fresh = gitdir({ '.prompts/a.yaml': SUMMARY }, { commit: false });
    const out = json(runCli(['diff', '--json'], { cwd: fresh.dir }).stdout);
    expect(out.prompts.map((p) => [p.id, p.status])).toEqual([['a', 'added']]);
    expect(runCli(['show', 'a@HEAD'], { cwd: fresh.dir }).stderr).toMatch(/no commits yet/);
    // A revision cannot resolve before the first commit: say so, rather than blame the word.
    const early = runCli(['diff', 'HEAD', 'x'], { cwd: fresh.dir });
    expect([early.code, early.stderr]).toEqual([2, expect.stringMatching(/^error: The repository has no commits yet/)]);
    expect(runCli(['diff', 'main'], { cwd: fresh.dir }).stderr).toMatch(/no commits yet/);
  });

  it('writes a stable JSON shape', () => {
    const r = repo();
    r.write({ '.prompts/support/triage.yaml': TRIAGE.replace('You sort', 'You triage') });
    const out = JSON.parse(runCli(['diff', '--json'], { cwd: r.dir }).stdout);
    expect(out).toEqual({
      from: 'HEAD',
      to: 'working tree',
      level: 'feature',
      prompts: [
        {
          id: 'support/triage',
          from: { id: 'support/triage', file: '.prompts/support/triage.yaml', ref: 'HEAD', commit: expect.stringMatching(/^[0-9a-f]{40}$/) },
          to: { id: 'support/triage', file: '.prompts/support/triage.yaml', ref: 'working tree' },
          status: 'modified',
          level: 'feature',
          changes: [
            {
              path: 'messages[0].content',
              group: 'messages',
              kind: 'edited',
              level: 'feature',
              summary: 'system message edited',
              before: 'You sort support tickets. {{> sig}}',
              after: 'You triage support tickets. {{> sig}}',
              inline: [
                { op: 'equal', text: 'You ' },
                { op: 'removed', text: 'sort' },
                { op: 'added', text: 'triage' },
                { op: 'equal', text: ' support tickets. {{> sig}}' },
              ],
            },
          ],
        },
      ],
    });
  });

  it.each([
    [['nope'], /"nope" is neither a prompt nor a revision/],
    [['HEAD', 'nope'], /"nope" is neither a prompt nor a revision/],
    [['support/triage@nope'], /Unknown revision "nope"/],
    [['support/triage@9.9.9'], /No release support\/triage@9.9.9/],
    [['support/triage@latest'], /No release of "support\/triage" yet/],
    [['1.2.0'], /"1.2.0" is a version: name the prompt too/],
    [['--', '--output=/tmp/x'], /looks like an option/],
    [['support/triage@--output=/tmp/x'], /looks like an option/],
    [['a', 'b', 'c', 'd'], /at most two references/],
    [['HEAD', 'HEAD', '--staged'], /--staged compares the index with HEAD/],
    [['missing@HEAD'], /Prompt "missing" did not exist at HEAD/],
  ])('refuses %j with exit 2', (args, message) => {
    const r = repo();
    const out = runCli(['diff', ...(args as string[])], { cwd: r.dir });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message as RegExp);
    expect(out.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});
