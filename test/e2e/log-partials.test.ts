import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

interface Entry {
  commit: string;
  subject: string;
  level: string;
  summary: string;
  changes: Array<{ path: string }>;
}

const promptText = (temperature: number, text: string) => `modelParameters:\n  temperature: ${temperature}\nmessages:\n  - role: system\n    content: "${text} {{> footer}}"\n  - role: user\n    content: "{{ticket}}"\n`;

/** A small deterministic generator (mulberry32), so the history is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('promptgit log and included partials', () => {
  it('lists commits that change only an included partial, with the partial named in the summary', () => {
    const repo = gitdir({ '.prompts/triage.yaml': promptText(0.2, 'Be kind.'), '.prompts/_partials/footer.md': 'Thanks, {{agent}}.' });
    repo.write({ '.prompts/_partials/footer.md': 'Thank you, {{agent}}.' });
    repo.commit('footer wording');
    repo.write({ '.prompts/_partials/unrelated.md': 'not included' });
    repo.commit('another partial');
    const result = runCli(['log', 'triage'], { cwd: repo.dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('partial footer edited');
    expect(result.stdout).toContain('footer wording');
    expect(result.stdout).not.toContain('another partial');
    const entries = JSON.parse(runCli(['log', 'triage', '--json'], { cwd: repo.dir }).stdout) as Entry[];
    expect(entries.map((e) => [e.subject, e.level])).toEqual([
      ['footer wording', 'feature'],
      ['initial', 'feature'],
    ]);
  });

  it('follows partials that include partials', () => {
    const repo = gitdir({
      '.prompts/triage.yaml': promptText(0.2, 'Hi.'),
      '.prompts/_partials/footer.md': 'Bye. {{> sig}}',
      '.prompts/_partials/sig.md': '-- Support',
    });
    repo.write({ '.prompts/_partials/sig.md': '-- The support team' });
    repo.commit('longer signature');
    const entries = JSON.parse(runCli(['log', 'triage', '--json'], { cwd: repo.dir }).stdout) as Entry[];
    expect(entries[0]).toMatchObject({ subject: 'longer signature', level: 'feature', summary: 'partial sig edited' });
  });

  it('classes every commit as diff does at the same two commits, over a generated history', () => {
    const repo = gitdir({ '.prompts/triage.yaml': promptText(0.2, 'v0'), '.prompts/_partials/footer.md': 'footer 0 {{> sig}}', '.prompts/_partials/sig.md': 'sig 0', '.prompts/_partials/other.md': 'other 0' });
    const next = random(7);
    let temperature = 0.2;
    const expectedInLog = new Set<string>();
    for (let i = 1; i <= 24; i++) {
      const pick = Math.floor(next() * 6);
      let touchesPrompt = true;
      if (pick === 0) repo.write({ '.prompts/triage.yaml': promptText(temperature, `v${i}`) });
      else if (pick === 1) repo.write({ '.prompts/triage.yaml': promptText((temperature = Math.round((temperature + 0.1) * 10) / 10), `v${i}`) });
      else if (pick === 2) repo.write({ '.prompts/_partials/footer.md': `footer ${i} {{> sig}}` });
      else if (pick === 3) repo.write({ '.prompts/_partials/sig.md': `sig ${i}` });
      else if (pick === 4) repo.write({ '.prompts/_partials/sig.md': `sig ${i}   ` });
      else {
        repo.write({ '.prompts/_partials/other.md': `other ${i}` });
        touchesPrompt = false;
      }
      const commit = repo.commit(`step ${i}`);
      if (touchesPrompt) expectedInLog.add(commit);
    }
    const entries = JSON.parse(runCli(['log', 'triage', '--json'], { cwd: repo.dir }).stdout) as Entry[];
    const logged = new Set(entries.map((e) => e.commit));
    for (const commit of expectedInLog) expect(logged.has(commit), `commit ${commit} is in the log`).toBe(true);
    for (const entry of entries.filter((e) => e.subject !== 'initial')) {
      const diff = runCli(['diff', 'triage', `${entry.commit}~1`, entry.commit, '--json'], { cwd: repo.dir });
      const json = JSON.parse(diff.stdout) as { level: string; prompts: Array<{ changes: Array<{ path: string }> }> };
      expect([entry.subject, entry.level, entry.changes.map((c) => c.path)]).toEqual([entry.subject, json.level, json.prompts[0]?.changes.map((c) => c.path) ?? []]);
    }
    expect(entries.length).toBe(expectedInLog.size + 1);
  });
});
