import { describe, expect, it } from 'vitest';
import { ProblemsError } from '../../../src/errors.js';
import { gitStats } from '../../../src/git/index.js';
import { lintWorkspace, type LintReport } from '../../../src/lint/index.js';
import { gitdir, type FileTree } from '../../helpers/gitdir.js';

const good = 'description: d\nmessages:\n  - role: user\n    content: hi\n';
const bad = 'description: d\nmessages:\n  - role: user\n    content: "{{#a}}"\n';
const versioned = (version: string) => `description: d\nversion: ${version}\nmessages:\n  - role: user\n    content: hi\n`;

function findings(report: LintReport): string[] {
  return report.results.flatMap((r) => r.messages.map((m) => `${r.file}:${m.line} ${m.ruleId}`)).sort();
}

/** Repositories whose next commit stages `staged` (written after the first commit). */
const CASES: Array<{ name: string; committed: FileTree; staged: FileTree; tags?: string[]; args?: string[] }> = [
  { name: 'a clean and a bad prompt among others', committed: { '.prompts/x.yaml': bad, '.prompts/y.yaml': good }, staged: { '.prompts/a.yaml': good, '.prompts/b/c.yaml': bad } },
  { name: 'an id a committed file already claims', committed: { '.prompts/a.yml': good }, staged: { '.prompts/a.yaml': good } },
  { name: 'ids that differ only by case', committed: { '.prompts/Team/A.yaml': good, '.prompts/team/b.yaml': good }, staged: { '.prompts/team/a.yaml': good } },
  { name: 'bad names, staged and committed', committed: { '.prompts/old bad.yaml': good }, staged: { '.prompts/new bad.yaml': good, '.prompts/ok.yaml': good } },
  { name: 'versions against release tags', committed: { '.prompts/r.yaml': versioned('1.0.0'), '.prompts/s.yaml': versioned('1.0.0') }, staged: { '.prompts/r.yaml': versioned('1.1.0'), '.prompts/s.yaml': versioned('0.9.0'), '.prompts/t.yaml': versioned('2.0.0') }, tags: ['prompts/r@1.0.0', 'prompts/s@1.0.0'] },
  { name: 'a staged partial, linted through every includer', committed: { '.prompts/_partials/sig.md': 'bye', '.prompts/u.yaml': 'variables:\n  who: {}\nmessages:\n  - role: user\n    content: "hi {{> sig}} {{who}}"\n', '.prompts/v.yaml': good }, staged: { '.prompts/_partials/sig.md': 'bye {{#x}}' } },
  { name: 'a prompt including a missing partial', committed: { '.prompts/_partials/sig.md': 'bye' }, staged: { '.prompts/w.yaml': 'messages:\n  - role: user\n    content: "{{> sig}} {{> nope}}"\n' } },
  { name: 'a config that turns a rule off', committed: { '.prompts/x.yaml': good }, staged: { '.prompts/_config.yaml': 'lint:\n  rules:\n    template-syntax: off\n    require-description: error\n', '.prompts/a.yaml': bad.replace('description: d\n', 'variables:\n  a: { type: boolean }\n') } },
  { name: 'arguments that narrow the staged files', committed: { '.prompts/x.yaml': good }, staged: { '.prompts/a.yaml': bad, '.prompts/b.yaml': bad }, args: ['.prompts/b.yaml', 'x'] },
];

describe('lint --staged', () => {
  it.each(CASES)('finds in the index what lint finds in the same working tree: $name', async ({ committed, staged, tags = [], args = [] }) => {
    const repo = gitdir(committed);
    for (const tag of tags) repo.git('tag', tag);
    repo.write(staged);
    repo.git('add', '-A');
    const fromIndex = await lintWorkspace({ root: repo.dir, cwd: repo.dir, staged: true, ids: args });
    const stagedFiles = repo.git('diff', '--cached', '--name-only').trim().split('\n');
    const prompts = stagedFiles.filter((f) => f.endsWith('.yaml') && (args.length === 0 || args.includes(f)));
    const includers = stagedFiles.some((f) => f.includes('_partials')) ? Object.keys(committed).filter((f) => f.endsWith('.yaml')) : [];
    const fromWorktree = await lintWorkspace({ root: repo.dir, cwd: repo.dir, ids: [...prompts, ...includers] });
    expect(findings(fromIndex)).toEqual(findings(fromWorktree));
    expect(findings(fromIndex).length).toBeGreaterThan(0);
  });

  it('starts one git process for a commit that stages nothing it lints, and reads no config', async () => {
    const repo = gitdir({ '.prompts/_config.yaml': 'lint:\n  rules:\n    nope: warn\n', '.prompts/a.yaml': good });
    repo.write({ 'README.md': 'r', '.prompts/notes.md': 'n' });
    repo.git('add', '-A');
    const before = gitStats.processes;
    const report = await lintWorkspace({ root: repo.dir, staged: true });
    expect([gitStats.processes - before, report.results]).toEqual([1, []]);
    // A staged prompt does read it.
    repo.write({ '.prompts/a.yaml': bad });
    repo.git('add', '-A');
    await expect(lintWorkspace({ root: repo.dir, staged: true })).rejects.toBeInstanceOf(ProblemsError);
  });

  it('starts four git processes for one staged prompt, a fifth for the tags of a versioned one', async () => {
    const repo = gitdir({ '.prompts/_partials/p.md': 'x', '.prompts/a.yaml': good, '.prompts/b.yaml': versioned('1.0.0') });
    repo.git('tag', 'prompts/b@1.0.0');
    const count = async (file: string, text: string) => {
      repo.write({ [file]: text });
      repo.git('add', '-A');
      const before = gitStats.processes;
      const report = await lintWorkspace({ root: repo.dir, staged: true });
      repo.git('commit', '-q', '-m', file);
      return [gitStats.processes - before, report.errorCount];
    };
    // diff, ls-files beside one cat-file (staged prompt and config), then one cat-file of the partials.
    expect(await count('.prompts/a.yaml', bad)).toEqual([4, 1]);
    expect(await count('.prompts/b.yaml', versioned('1.1.0'))).toEqual([5, 1]);
  });

  it('follows a git mv of a released prompt with two more processes: the rename diff, the old id\'s tags', async () => {
    const repo = gitdir({ '.prompts/b.yaml': versioned('1.0.0') });
    repo.git('tag', 'prompts/b@1.0.0');
    repo.git('mv', '.prompts/b.yaml', '.prompts/c.yaml');
    const before = gitStats.processes;
    const report = await lintWorkspace({ root: repo.dir, staged: true });
    // diff, ls-files, cat-file, the new id's tags; then `git diff -M --cached HEAD` and the old id's tags.
    expect([gitStats.processes - before, report.errorCount, report.warningCount]).toEqual([6, 0, 1]);
  });
});
