import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, isolatedGitEnv, type ScratchRepo } from '../helpers/gitdir.js';

const TRIAGE = (content: string) => `description: Triage\nmessages:\n  - role: user\n    content: ${content}\n`;
const marker = (m: string) => `Merge conflict marker "${m}": resolve the conflict (keep one side or combine them, and delete the marker lines), then "git add" the file.`;

/** Two branches edit the same message, then a real `git merge` stops on the conflict. */
function conflicted(style: 'merge' | 'diff3'): ScratchRepo {
  const repo = gitdir({ '.prompts/triage.yaml': TRIAGE('Answer.') });
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write({ '.prompts/triage.yaml': TRIAGE('Answer in detail.') });
  repo.commit('detail');
  repo.git('checkout', '-q', 'main');
  repo.write({ '.prompts/triage.yaml': TRIAGE('Answer briefly.') });
  repo.commit('brief');
  const merge = spawnSync('git', ['-c', `merge.conflictStyle=${style}`, 'merge', 'feature'], { cwd: repo.dir, env: isolatedGitEnv(), encoding: 'utf8' });
  expect(merge.status).toBe(1);
  expect(merge.stdout).toContain('CONFLICT (content): Merge conflict in .prompts/triage.yaml');
  return repo;
}

describe('a prompt in the middle of a merge', () => {
  it('lint reports each conflict marker at its line, not a YAML error', () => {
    const result = runCli(['lint'], { cwd: conflicted('merge').dir });
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        '.prompts/triage.yaml',
        `  .prompts/triage.yaml:4:1  error    ${marker('<<<<<<<')}  valid-yaml`,
        `  .prompts/triage.yaml:6:1  error    ${marker('=======')}  valid-yaml`,
        `  .prompts/triage.yaml:8:1  error    ${marker('>>>>>>>')}  valid-yaml`,
        '',
        '✖ 3 problems (3 errors, 0 warnings)',
        '',
      ].join('\n'),
    });
  });

  it('lint reports the base section of a diff3 conflict too', () => {
    const result = runCli(['lint', '--format', 'json'], { cwd: conflicted('diff3').dir });
    expect(result.code).toBe(1);
    const [file] = JSON.parse(result.stdout) as { messages: { line: number; message: string }[] }[];
    expect(file!.messages.map((m) => [m.line, m.message])).toEqual([
      [4, marker('<<<<<<<')],
      [6, marker('|||||||')],
      [8, marker('=======')],
      [10, marker('>>>>>>>')],
    ]);
  });

  it('show and render refuse it with the same messages; list counts the errors', () => {
    const repo = conflicted('merge');
    const expected = [
      'error: .prompts/triage.yaml has 3 errors.',
      `  .prompts/triage.yaml:4:1  ${marker('<<<<<<<')}`,
      `  .prompts/triage.yaml:6:1  ${marker('=======')}`,
      `  .prompts/triage.yaml:8:1  ${marker('>>>>>>>')}`,
      'hint: Fix it, then run "promptgit lint triage" to check.',
      '',
    ].join('\n');
    for (const command of ['show', 'render']) expect(runCli([command, 'triage'], { cwd: repo.dir }), command).toEqual({ code: 2, stdout: '', stderr: expected });
    expect(runCli(['list'], { cwd: repo.dir }).stdout).toContain('invalid: 3 errors (run promptgit lint triage)');
  });

  it('the pre-commit check catches markers staged with "git add" before they are resolved', () => {
    const repo = conflicted('merge');
    repo.git('add', '.prompts/triage.yaml');
    const result = runCli(['lint', '--staged'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`.prompts/triage.yaml:4:1  error    ${marker('<<<<<<<')}  valid-yaml`);
  });

  it('once resolved and added, the prompt lints clean', () => {
    const repo = conflicted('merge');
    repo.write({ '.prompts/triage.yaml': TRIAGE('Answer briefly, in detail when asked.') });
    repo.git('add', '.prompts/triage.yaml');
    expect(runCli(['lint', '--staged'], { cwd: repo.dir })).toEqual({ code: 0, stdout: '', stderr: 'No problems in 1 prompt.\n' });
  });
});
