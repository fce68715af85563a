import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const v = (temperature: number, extra = '') => `modelParameters:\n  temperature: ${temperature}\n${extra}messages:\n  - role: user\n    content: "Sort {{ticket}}"\n`;

function history() {
  const repo = gitdir({ '.prompts/old-name.yaml': v(0.2), 'README.md': 'x' });
  repo.git('mv', '.prompts/old-name.yaml', '.prompts/triage.yaml');
  repo.commit('rename');
  repo.write({ '.prompts/triage.yaml': v(0.7) });
  repo.commit('warmer');
  repo.git('tag', 'prompts/triage@1.0.0');
  repo.write({ 'README.md': 'unrelated' });
  repo.commit('docs');
  repo.write({ '.prompts/triage.yaml': v(0.7, 'version: 1.1.0\n').replace('{{ticket}}', '{{ticket}} {{lang}}') });
  repo.commit('add lang');
  return repo;
}

type Entry = { subject: string; status: string; level: string; summary: string; tags: string[]; version?: string; file: string; commit: string };

describe('promptgit log', () => {
  it('lists the commits that changed the prompt, newest first, following the rename', () => {
    const repo = history();
    const out = runCli(['log', 'triage', '--json'], { cwd: repo.dir });
    expect(out).toMatchObject({ code: 0, stderr: '' });
    const entries = JSON.parse(out.stdout) as Entry[];
    expect(entries.map((e) => [e.subject, e.status, e.level, e.summary, e.tags, e.version ?? null, e.file])).toEqual([
      ['add lang', 'modified', 'breaking', '+variable lang (required string), user message edited', [], '1.1.0', '.prompts/triage.yaml'],
      ['warmer', 'modified', 'feature', 'temperature 0.2 -> 0.7', ['prompts/triage@1.0.0'], null, '.prompts/triage.yaml'],
      ['rename', 'renamed', 'breaking', 'renamed from old-name', [], null, '.prompts/triage.yaml'],
      ['initial', 'added', 'feature', 'prompt added', [], null, '.prompts/old-name.yaml'],
    ]);
    expect(entries[0]!.commit).toBe(repo.git('rev-parse', 'HEAD').trim());
  });

  it('prints a readable text log and honours -n', () => {
    const repo = history();
    const out = runCli(['log', 'triage', '-n', '2'], { cwd: repo.dir });
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^[0-9a-f]{10}  \d{4}-\d\d-\d\d  breaking +\+variable lang \(required string\), user message edited$/);
    expect(lines[1]).toBe('            add lang (Test Author)  version 1.1.0');
    expect(lines[3]).toBe('            warmer (Test Author)  tag prompts/triage@1.0.0');
  });

  it('shows a prompt deleted and re-added', () => {
    const repo = history();
    repo.git('rm', '-q', '.prompts/triage.yaml');
    repo.commit('drop');
    const gone = JSON.parse(runCli(['log', 'triage', '--json', '-n', '1'], { cwd: repo.dir }).stdout) as Entry[];
    expect(gone.map((e) => [e.subject, e.status, e.summary])).toEqual([['drop', 'removed', 'prompt removed']]);
    repo.write({ '.prompts/triage.yaml': v(0.1) });
    repo.commit('back');
    const back = JSON.parse(runCli(['log', 'triage', '--json', '-n', '2'], { cwd: repo.dir }).stdout) as Entry[];
    expect(back.map((e) => [e.subject, e.status])).toEqual([
      ['back', 'added'],
      ['drop', 'removed'],
    ]);
  });

  it('lists both sides of a merge; the merge commit shows what it brought in from the branch', () => {
    const repo = gitdir({ '.prompts/triage.yaml': `name: A\n${v(0.2)}` });
    repo.git('checkout', '-q', '-b', 'side');
    repo.write({ '.prompts/triage.yaml': `name: A\n${v(0.9)}` });
    repo.commit('side: hotter');
    repo.git('checkout', '-q', 'main');
    repo.write({ '.prompts/triage.yaml': `name: B\n${v(0.2)}` });
    repo.commit('main: rename');
    repo.git('merge', '-q', '--no-edit', 'side');
    const entries = JSON.parse(runCli(['log', 'triage', '--json'], { cwd: repo.dir }).stdout) as Entry[];
    expect(entries.map((e) => [e.subject, e.summary]).sort()).toEqual([
      ["Merge branch 'side'", 'temperature 0.2 -> 0.9'],
      ['initial', 'prompt added'],
      ['main: rename', 'name A -> B'],
      ['side: hotter', 'temperature 0.2 -> 0.9'],
    ]);
    expect(entries[0]!.subject).toBe("Merge branch 'side'");
  });

  it.each([
    [['log', 'nope'], /Prompt "nope" has no committed history/],
    [['log', 'triage', '-n', 'x'], /-n must be a positive whole number/],
    [['log', '../x'], /not a valid prompt id/],
  ])('refuses %j with exit 2', (args, message) => {
    const out = runCli(args, { cwd: history().dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
  });

  it('says a repository without commits has no history, in its own words rather than git\'s', () => {
    const repo = gitdir({ '.prompts/triage.yaml': 'messages:\n  - role: user\n    content: hi\n' }, { commit: false });
    const out = runCli(['log', 'triage'], { cwd: repo.dir });
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toMatch(/^error: The repository has no commits yet/);
    expect(out.stderr).not.toMatch(/git log failed/);
  });
});

describe('show and render at a ref', () => {
  it('shows and renders a release, a revision and latest', () => {
    const repo = history();
    expect(runCli(['show', 'triage@1.0.0'], { cwd: repo.dir }).stdout).toBe(v(0.7));
    expect(runCli(['show', 'triage@HEAD~3'], { cwd: repo.dir }).stdout).toBe(v(0.2));
    const shown = JSON.parse(runCli(['show', 'triage@latest', '--json'], { cwd: repo.dir }).stdout);
    expect(shown).toMatchObject({ id: 'triage', file: '.prompts/triage.yaml', ref: 'triage@latest', commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
    const rendered = runCli(['render', 'triage@1.0.0', '--var', 'ticket=late order'], { cwd: repo.dir });
    expect(rendered).toEqual({ stdout: '[user]\nSort late order\n', stderr: '', code: 0 });
    expect(runCli(['render', 'triage', '--var', 'ticket=x'], { cwd: repo.dir }).code).toBe(2);
  });

  it('follows a rename for an old revision', () => {
    const repo = history();
    const first = repo.git('rev-list', '--max-parents=0', 'HEAD').trim();
    expect(runCli(['show', `triage@${first}`], { cwd: repo.dir })).toEqual({ stdout: v(0.2), stderr: '', code: 0 });
  });

  it.each([
    [['show', 'triage@nope'], /Unknown revision "nope"/],
    [['show', 'triage@2.0.0'], /No release triage@2.0.0.*\n.*Released versions: 1.0.0/],
    [['show', 'triage@'], /nothing after "@"/],
    [['show', '--', '-x'], /looks like an option/],
    [['render', 'triage@HEAD~20'], /Unknown revision "HEAD~20"/],
    [['show', 'missing@HEAD'], /Prompt "missing" did not exist at HEAD/],
  ])('refuses %j with exit 2 and no stack trace', (args, message) => {
    const out = runCli(args, { cwd: history().dir });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/\.js:\d+/);
  });
});
