import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

describe('promptgit new', () => {
  it.each([
    ['chat', 'support/triage', '../_schema.json', 'Triage', '{{input}}'],
    ['text', 'summarize', './_schema.json', 'Summarize', '{{text}}'],
    ['chat', 'a/b/deep-one', '../../_schema.json', 'Deep one', '{{input}}'],
  ])('writes a %s prompt %s whose $schema line reaches the schema', (template, id, schemaRef, name, tag) => {
    const repo = gitdir();
    runCli(['init'], { cwd: repo.dir });
    const result = runCli(['new', id, '--template', template], { cwd: path.join(repo.dir, '.prompts') });
    expect(result).toEqual({
      code: 0,
      stdout: `Created .prompts/${id}.yaml.\n`,
      stderr: `Edit it, then check it with "promptgit lint ${id}" and try it with "promptgit render ${id}".\n`,
    });
    const file = path.join(repo.dir, `.prompts/${id}.yaml`);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${schemaRef}`);
    expect(existsSync(path.resolve(path.dirname(file), schemaRef))).toBe(true);
    expect(text).toContain(`name: ${name}\n`);
    expect(text).toContain(tag);
    // A new prompt is valid as written.
    expect(runCli(['show', id, '--json'], { cwd: repo.dir }).code).toBe(0);
  });

  it('uses the chat template by default and says to run init when there is no schema', () => {
    const repo = gitdir();
    const result = runCli(['new', 'x'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Run "promptgit init" to add the JSON schema');
    expect(readFileSync(path.join(repo.dir, '.prompts/x.yaml'), 'utf8')).toContain('- role: system');
  });

  it.each([
    ['../x', 'an id cannot leave .prompts/ ("." and ".." are not allowed)'],
    ['a/../../x', 'an id cannot leave .prompts/ ("." and ".." are not allowed)'],
    ['/etc/x', 'an id is a path under .prompts/, not an absolute path'],
    ['has space', '"has space" may only use letters, digits, ".", "_" and "-", and must start with a letter or digit'],
    ['_partials/x', `"_partials" starts with "_" or ".", which are reserved for promptgit's own files`],
    ['x.yaml', 'leave out the file extension: the id of .prompts/a/b.yaml is a/b'],
    ['a..b', 'it has "..", which git does not allow in a tag name'],
    ['team.lock/triage', 'a part of it between slashes ends with ".lock", which git does not allow in a tag name'],
  ])('refuses the id %j with exit 2 and writes nothing', (id, why) => {
    const repo = gitdir();
    const result = runCli(['new', id], { cwd: repo.dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: "${id}" is not a valid prompt id: ${why}.\nhint: An id is a path under .prompts/ without the extension, like "support/triage".\n`,
    });
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
  });

  it('refuses an existing prompt, whatever its extension', () => {
    const repo = gitdir({ '.prompts/gh.prompt.yml': 'messages:\n  - role: user\n    content: keep\n' });
    const result = runCli(['new', 'gh'], { cwd: repo.dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'error: .prompts/gh.prompt.yml already exists.\nhint: Pick another id, or edit the existing file.\n' });
    expect(readFileSync(path.join(repo.dir, '.prompts/gh.prompt.yml'), 'utf8')).toContain('keep');
  });

  it('refuses an id that differs from an existing one only by case, in any extension', () => {
    const repo = gitdir();
    expect(runCli(['new', 'Support/Triage'], { cwd: repo.dir }).code).toBe(0);
    const result = runCli(['new', 'support/triage'], { cwd: repo.dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: "support/triage" differs only by case from the existing prompt "Support/Triage"; on macOS and Windows they would be one file.\n' +
        'hint: Edit "Support/Triage", or pick an id that differs by more than case.\n',
    });
    expect(existsSync(path.join(repo.dir, '.prompts/support/triage.yaml'))).toBe(false);
    repo.write({ '.prompts/gh.prompt.yml': 'messages:\n  - role: user\n    content: keep\n' });
    expect(runCli(['new', 'GH'], { cwd: repo.dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('"GH" differs only by case from the existing prompt "gh"') });
  });

  it('refuses an unknown template, naming the choices', () => {
    const result = runCli(['new', 'x', '--template', 'fancy'], { cwd: gitdir().dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'fancy' is invalid. Allowed choices are chat, text.");
  });
});
