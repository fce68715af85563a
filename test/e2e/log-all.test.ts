import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const prompt = (words: string, version = '1.0.0') => `version: ${version}\ndescription: T\nmessages:\n  - role: user\n    content: "${words} {{ticket}}"\n`;

/** Two prompts: both added, triage edited (a partial too), its partial edited alone, summary removed, triage released as 1.1.0. */
function history() {
  const repo = gitdir({ '.prompts/support/triage.yaml': prompt('Sort'), '.prompts/summary.yaml': prompt('Sum'), '.prompts/_partials/sig.md': '--' });
  repo.write({ '.prompts/support/triage.yaml': prompt('Sort {{> sig}}'), '.prompts/_partials/sig.md': '-- the team' });
  repo.commit('sign triage');
  repo.write({ '.prompts/_partials/sig.md': '-- the support team' });
  repo.commit('longer signature');
  repo.write({ 'README.md': 'not a prompt' });
  repo.commit('docs');
  repo.git('rm', '-q', '.prompts/summary.yaml');
  repo.commit('drop summary');
  repo.write({ '.prompts/support/triage.yaml': prompt('Sort {{> sig}}', '1.1.0') });
  repo.commit('Release support/triage@1.1.0');
  repo.git('tag', 'prompts/support/triage@1.1.0');
  return repo;
}

const mask = (text: string) => text.replace(/^[0-9a-f]{10}  \d{4}-\d\d-\d\d/gm, '<commit>  <date>');

describe('promptgit log without an id', () => {
  it('lists every prompt commit newest first, one line per prompt changed, and release commits as releases', () => {
    const out = runCli(['log'], { cwd: history().dir });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(mask(out.stdout)).toBe(
      [
        '<commit>  <date>  Release support/triage@1.1.0 (Test Author)',
        '            support/triage  release 1.1.0  version 1.1.0, tag prompts/support/triage@1.1.0',
        '<commit>  <date>  drop summary (Test Author)',
        '            summary         breaking prompt removed',
        '<commit>  <date>  longer signature (Test Author)',
        '            support/triage  feature  partial sig edited  version 1.0.0',
        '<commit>  <date>  sign triage (Test Author)',
        '            support/triage  feature  user message edited  version 1.0.0',
        '<commit>  <date>  initial (Test Author)',
        '            summary         feature  prompt added  version 1.0.0',
        '            support/triage  feature  prompt added  version 1.0.0',
        '',
      ].join('\n'),
    );
  });

  it('--json gives each entry its id; -n counts commits', () => {
    const entries = JSON.parse(runCli(['log', '--json', '-n', '2'], { cwd: history().dir }).stdout) as Array<{ id: string; status: string; release?: string; summary: string; subject: string }>;
    expect(entries.map((e) => [e.id, e.status, e.release ?? null, e.summary, e.subject])).toEqual([
      ['support/triage', 'modified', '1.1.0', 'release 1.1.0', 'Release support/triage@1.1.0'],
      ['summary', 'removed', null, 'prompt removed', 'drop summary'],
    ]);
  });

  it("gives each prompt the entries log <id> gives it", () => {
    const repo = history();
    const all = JSON.parse(runCli(['log', '--json'], { cwd: repo.dir }).stdout) as Array<{ id: string }>;
    for (const id of ['support/triage', 'summary']) {
      const own = JSON.parse(runCli(['log', id, '--json'], { cwd: repo.dir }).stdout) as unknown[];
      expect(all.filter((e) => e.id === id).map(({ id: _id, ...rest }) => rest)).toEqual(own);
    }
  });

  it('log <id> also names a release commit by its version', () => {
    const out = runCli(['log', 'support/triage', '-n', '1'], { cwd: history().dir });
    expect(mask(out.stdout)).toBe('<commit>  <date>  release 1.1.0\n            Release support/triage@1.1.0 (Test Author)  version 1.1.0, tag prompts/support/triage@1.1.0\n');
  });

  it('says so in a repository without commits, exit 2', () => {
    const out = runCli(['log'], { cwd: gitdir({}, { commit: false }).dir });
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toMatch(/^error: The repository has no commits yet/);
  });
});
