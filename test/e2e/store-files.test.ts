import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, scratchDir } from '../helpers/gitdir.js';

const prompt = (text: string) => `description: ${text}\nmessages:\n  - role: user\n    content: ${text}\n`;

/** A repository whose .prompts/ holds a badly named file and two files for one id. */
function oddFiles() {
  return gitdir({
    '.prompts/My Prompt.yaml': prompt('spaces'),
    '.prompts/équipe/réponse.yaml': prompt('accents'),
    '.prompts/dupe.yaml': prompt('one'),
    '.prompts/dupe.yml': prompt('two'),
    '.prompts/fine.yaml': prompt('fine'),
  });
}

/** The files lint's JSON output reports file-name errors for. */
function fileNameErrors(stdout: string): string[] {
  const results = JSON.parse(stdout) as Array<{ file: string; messages: Array<{ ruleId: string; severity: string }> }>;
  return results.filter((r) => r.messages.some((m) => m.ruleId === 'file-name' && m.severity === 'error')).map((r) => r.file);
}

describe('nothing under .prompts/ is silently skipped', () => {
  it('lint reports a bad name and each file of a duplicated id, by file, as file-name errors', () => {
    const result = runCli(['lint', '--format', 'json'], { cwd: oddFiles().dir });
    expect(result.code).toBe(1);
    expect(fileNameErrors(result.stdout)).toEqual([
      '.prompts/My Prompt.yaml',
      '.prompts/dupe.yaml',
      '.prompts/dupe.yml',
      '.prompts/équipe/réponse.yaml',
    ]);
    expect(runCli(['lint'], { cwd: oddFiles().dir }).stdout).toContain('Prompt id "dupe" is also claimed by .prompts/dupe.yml');
  });

  it('lint of a badly named file named on the command line reports it (as pre-commit passes it)', () => {
    const repo = oddFiles();
    const result = runCli(['lint', '.prompts/My Prompt.yaml'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('.prompts/My Prompt.yaml');
    expect(result.stdout).toContain('is not read as a prompt: its name is not a valid id');
    // Naming one good file does not report the others.
    expect(runCli(['lint', 'fine'], { cwd: repo.dir })).toMatchObject({ code: 0, stdout: '' });
  });

  it('lint --staged reports a staged file with a bad name, and not one that is only in the tree', () => {
    const repo = oddFiles();
    repo.write({ '.prompts/New One.yaml': prompt('new') });
    repo.git('add', '.prompts/New One.yaml');
    const result = runCli(['lint', '--staged', '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(fileNameErrors(result.stdout)).toEqual(['.prompts/New One.yaml']);
  });

  it('list shows each invalid file as a row', () => {
    const result = runCli(['list'], { cwd: oddFiles().dir });
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n').slice(1);
    expect(rows.map((r) => r.split(/\s{2,}/)[0])).toEqual(['My Prompt', 'dupe', 'dupe', 'fine', 'équipe/réponse']);
    expect(rows.filter((r) => r.includes('invalid: '))).toHaveLength(4);
    const json = JSON.parse(runCli(['list', '--json'], { cwd: oddFiles().dir }).stdout) as Array<{ file: string; invalid?: string }>;
    expect(json.filter((e) => e.invalid !== undefined).map((e) => e.file)).toEqual(['.prompts/My Prompt.yaml', '.prompts/dupe.yaml', '.prompts/dupe.yml', '.prompts/équipe/réponse.yaml']);
  });

  it.each([['render'], ['show']])('%s of an id two files claim is exit 2 naming both files', (command) => {
    const result = runCli([command, 'dupe'], { cwd: oddFiles().dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Prompt id "dupe" is ambiguous: .prompts/dupe.yaml and .prompts/dupe.yml both claim it.');
  });

  it('show of an ambiguous id at a commit names both files too', () => {
    const result = runCli(['show', 'dupe@HEAD'], { cwd: oddFiles().dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.prompts/dupe.yaml and .prompts/dupe.yml');
  });
});

describe('a partial that is a link leaving the repository', () => {
  function linked() {
    const outside = scratchDir();
    writeFileSync(path.join(outside, 'secret.md'), 'TOP SECRET');
    const repo = gitdir({ '.prompts/triage.yaml': 'messages:\n  - role: user\n    content: "Hi {{> leak}}"\n' });
    mkdirSync(path.join(repo.dir, '.prompts/_partials'), { recursive: true });
    symlinkSync(path.join(outside, 'secret.md'), path.join(repo.dir, '.prompts/_partials/leak.md'));
    return repo;
  }

  it('is reported by lint, on the partial', () => {
    const result = runCli(['lint'], { cwd: linked().dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('.prompts/_partials/leak.md');
    expect(result.stdout).toContain('Symbolic link points outside the repository');
    expect(result.stdout).not.toContain('TOP SECRET');
  });

  it('is refused by render, by name, and never read', () => {
    const result = runCli(['render', 'triage'], { cwd: linked().dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Cannot render .prompts/triage.yaml: a partial it includes cannot be read.');
    expect(result.stderr).toContain('.prompts/_partials/leak.md  Symbolic link points outside the repository');
    expect(result.stderr).not.toContain('TOP SECRET');
  });
});
