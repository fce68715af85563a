import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError, NotARepoError, ProblemsError, UsageError, loadPrompt, loadPrompts, renderPrompt } from '../../src/index.js';
import { gitdir, scratchDir } from '../helpers/gitdir.js';

const triage = [
  'description: Triage',
  'variables:',
  '  ticket: {}',
  '  tone: { enum: [formal, casual], default: formal }',
  'messages:',
  '  - role: system',
  '    content: "{{> rules}} Tone: {{tone}}."',
  '  - role: user',
  '    content: "{{ticket}}"',
  '',
].join('\n');

// The library must never print: every write to the process's streams or console fails the test.
let writes: string[] = [];
beforeEach(() => {
  writes = [];
  const record = (chunk: unknown) => (writes.push(String(chunk)), true);
  vi.spyOn(process.stdout, 'write').mockImplementation(record);
  vi.spyOn(process.stderr, 'write').mockImplementation(record);
  for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) vi.spyOn(console, method).mockImplementation((...args) => void writes.push(args.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(writes).toEqual([]);
});

describe('library API', () => {
  it('loads every prompt of a repository from a subfolder, bad ones with diagnostics', async () => {
    const repo = gitdir({ '.prompts/support/triage.yaml': triage, '.prompts/broken.yaml': 'messages: 3\n', '.prompts/_partials/rules.md': 'Be kind.', 'src/app/x.ts': '' });
    const workspace = await loadPrompts({ cwd: path.join(repo.dir, 'src/app') });
    expect(workspace.root).toBe(repo.dir);
    expect(workspace.config.tagPrefix).toBe('prompts/');
    expect(workspace.prompts.map((p) => [p.id, p.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)])).toEqual([
      ['broken', ['1:11 "messages" must be a list, not number 3.']],
      ['support/triage', []],
    ]);
    expect(workspace.partials).toEqual(new Map([['rules', 'Be kind.']]));
  });

  it('loads one prompt and renders it with its partials and defaults', async () => {
    const repo = gitdir({ '.prompts/support/triage.yaml': triage, '.prompts/_partials/rules.md': 'Be kind.' });
    const prompt = await loadPrompt('support/triage', { cwd: repo.dir });
    expect(prompt.data.description).toBe('Triage');
    expect(renderPrompt(prompt, { ticket: 'Late order' }).messages).toEqual([
      { role: 'system', content: 'Be kind. Tone: formal.' },
      { role: 'user', content: 'Late order' },
    ]);
  });

  it('throws typed errors instead of printing', async () => {
    const repo = gitdir({ '.prompts/support/triage.yaml': triage, '.prompts/broken.yaml': 'messages: 3\n' });
    await expect(loadPrompt('nope', { cwd: repo.dir })).rejects.toBeInstanceOf(InputError);
    await expect(loadPrompt('../x', { cwd: repo.dir })).rejects.toBeInstanceOf(UsageError);
    await expect(loadPrompt('broken', { cwd: repo.dir })).rejects.toMatchObject({ constructor: ProblemsError, problems: [{ line: 1, column: 11 }] });
    await expect(loadPrompts({ cwd: scratchDir() })).rejects.toBeInstanceOf(NotARepoError);
    const prompt = await loadPrompt('support/triage', { cwd: repo.dir });
    expect(() => renderPrompt(prompt, { tone: 'rude' })).toThrow(ProblemsError);
  });

  it('renderPrompt refuses a missing partial and a variable the contract lacks, as render does', async () => {
    const repo = gitdir({ '.prompts/support/triage.yaml': triage.replace('Tone: {{tone}}.', 'Tone: {{tone}}. {{> sig}}'), '.prompts/_partials/sig.md': 'Sign off as {{agent}}.' });
    repo.commit('add triage');
    for (const prompt of [await loadPrompt('support/triage', { cwd: repo.dir }), await loadPrompt('support/triage@HEAD', { cwd: repo.dir })]) {
      let error: unknown;
      try {
        renderPrompt(prompt, { ticket: 'Late', agent: 'Ann' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ProblemsError);
      expect((error as ProblemsError).message).toBe('Cannot render .prompts/support/triage.yaml: its templates use an undeclared variable and a missing partial.');
      expect(error).toMatchObject({
        problems: [
          { file: '.prompts/support/triage.yaml', line: 7, column: 15, message: 'Partial "rules" (included by messages[0].content) does not exist: there is no .prompts/_partials/rules.md.' },
          { file: '.prompts/support/triage.yaml', line: 7, column: 43, message: '"agent" is used in partial "sig" but not declared in variables.' },
        ],
      });
    }
  });

  it('refuses to read a prompt through a symlink that leaves the repository', async () => {
    const outside = scratchDir();
    writeFileSync(path.join(outside, 'secret.yaml'), 'messages:\n  - role: user\n    content: secret\n');
    const repo = gitdir({ '.prompts/ok.yaml': triage });
    mkdirSync(path.join(repo.dir, '.prompts/team'));
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(repo.dir, '.prompts/team/leak.yaml'));
    await expect(loadPrompt('team/leak', { cwd: repo.dir })).rejects.toMatchObject({
      problems: [{ message: 'Symbolic link points outside the repository; promptgit only reads files inside it.' }],
    });
    const workspace = await loadPrompts({ cwd: repo.dir });
    expect(workspace.prompts.map((p) => p.id)).toEqual(['ok']);
    expect(workspace.diagnostics.map((d) => d.file)).toEqual(['.prompts/team/leak.yaml']);
  });
});
