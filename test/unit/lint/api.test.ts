import { describe, expect, it } from 'vitest';
import { formatResults, lintWorkspace } from '../../../src/lint/index.js';
import { InputError, ProblemsError } from '../../../src/errors.js';
import { gitdir } from '../../helpers/gitdir.js';

const good = 'description: d\nmessages:\n  - role: user\n    content: hi\n';
const bad = 'description: d\nmessages:\n  - role: user\n    content: "{{#a}}"\n';

describe('lintWorkspace (library API)', () => {
  it('lints the working tree, or only the ids given, and formats the report', async () => {
    const repo = gitdir({ '.prompts/a.yaml': good, '.prompts/b.yaml': bad });
    const all = await lintWorkspace({ root: repo.dir });
    expect(all.results.map((r) => [r.file, r.errorCount])).toEqual([
      ['.prompts/a.yaml', 0],
      ['.prompts/b.yaml', 1],
    ]);
    expect([all.errorCount, all.warningCount]).toEqual([1, 0]);
    expect(formatResults(all, 'stylish')).toContain('.prompts/b.yaml:4:15  error    Template error: Unclosed section "a".  template-syntax');
    const one = await lintWorkspace({ root: repo.dir, cwd: repo.dir, ids: ['a'] });
    expect(one.results.map((r) => r.file)).toEqual(['.prompts/a.yaml']);
  });

  it('lints the index with staged, and throws typed errors for bad input', async () => {
    const repo = gitdir({ '.prompts/a.yaml': good });
    repo.write({ '.prompts/a.yaml': bad });
    repo.git('add', '-A');
    repo.write({ '.prompts/a.yaml': good });
    expect((await lintWorkspace({ root: repo.dir, staged: true })).errorCount).toBe(1);
    expect((await lintWorkspace({ root: repo.dir })).errorCount).toBe(0);
    await expect(lintWorkspace({ root: repo.dir, cwd: repo.dir, ids: ['nope'] })).rejects.toBeInstanceOf(InputError);
    repo.write({ '.prompts/_config.yaml': 'lint:\n  rules:\n    nope: warn\n' });
    await expect(lintWorkspace({ root: repo.dir })).rejects.toBeInstanceOf(ProblemsError);
  });
});
