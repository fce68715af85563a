import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listWorktree as scanPrompts } from '../../../src/store/index.js';
import { scratchDir, writeTree } from '../../helpers/gitdir.js';

const prompt = 'messages:\n  - role: user\n    content: hi\n';

describe('listWorktree', () => {
  it('finds nested prompts by id, sorted, with every extension', () => {
    const root = scratchDir();
    writeTree(root, {
      '.prompts/b.yaml': prompt,
      '.prompts/a/deep/x.yml': prompt,
      '.prompts/gh.prompt.yml': prompt,
      '.prompts/notes.md': 'not a prompt',
      'elsewhere/c.yaml': prompt,
    });
    expect(scanPrompts(root)).toMatchObject({
      prompts: [
        { id: 'a/deep/x', file: '.prompts/a/deep/x.yml' },
        { id: 'b', file: '.prompts/b.yaml' },
        { id: 'gh', file: '.prompts/gh.prompt.yml' },
      ],
      partials: new Map(),
      invalid: [],
      diagnostics: [],
    });
  });

  it('skips reserved _ and . names and reads partials from _partials/', () => {
    const root = scratchDir();
    writeTree(root, {
      '.prompts/_config.yaml': 'tagPrefix: x/\n',
      '.prompts/_drafts/d.yaml': prompt,
      '.prompts/.hidden/h.yaml': prompt,
      '.prompts/.h.yaml': prompt,
      '.prompts/team/_wip.yaml': prompt,
      '.prompts/_partials/footer.md': 'bye',
      '.prompts/_partials/sig/short.md': '--',
      '.prompts/_partials/readme.txt': 'ignored',
      '.prompts/ok.yaml': prompt,
    });
    const scan = scanPrompts(root);
    expect(scan.prompts).toEqual([{ id: 'ok', file: '.prompts/ok.yaml' }]);
    expect(scan.partials).toEqual(new Map([['footer', '.prompts/_partials/footer.md'], ['sig/short', '.prompts/_partials/sig/short.md']]));
  });

  it('returns nothing when there is no .prompts folder', () => {
    expect(scanPrompts(scratchDir())).toEqual({ prompts: [], partials: new Map(), invalid: [], ambiguous: new Map(), files: [], folders: ['.prompts'], diagnostics: [] });
  });

  it('gives a diagnostic for a symlink that points outside the repository, and does not list it', () => {
    const outside = scratchDir();
    writeFileSync(path.join(outside, 'secret.yaml'), prompt);
    const root = scratchDir();
    mkdirSync(path.join(root, '.prompts'));
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, '.prompts/leak.yaml'));
    symlinkSync(outside, path.join(root, '.prompts/leakdir'));
    const scan = scanPrompts(root);
    expect(scan.prompts).toEqual([]);
    expect(scan.diagnostics).toEqual([
      { file: '.prompts/leak.yaml', line: 1, column: 1, message: 'Symbolic link points outside the repository; promptgit only reads files inside it.', code: 'valid-yaml', severity: 'error' },
      { file: '.prompts/leakdir', line: 1, column: 1, message: 'Symbolic link points outside the repository; promptgit only reads files inside it.', code: 'valid-yaml', severity: 'error' },
    ]);
  });

  it('gives a diagnostic for a broken symlink', () => {
    const root = scratchDir();
    mkdirSync(path.join(root, '.prompts'));
    symlinkSync(path.join(root, 'missing.yaml'), path.join(root, '.prompts/gone.yaml'));
    expect(scanPrompts(root).diagnostics.map((d) => [d.file, d.message])).toEqual([['.prompts/gone.yaml', 'Broken symbolic link; remove it or point it at a file in the repository.']]);
  });

  it('follows a symlink to a file or folder inside the repository', () => {
    const root = scratchDir();
    writeTree(root, { 'shared/base.yaml': prompt, 'shared/set/one.yaml': prompt });
    mkdirSync(path.join(root, '.prompts'));
    symlinkSync('../shared/base.yaml', path.join(root, '.prompts/base.yaml'));
    symlinkSync(path.join(root, 'shared/set'), path.join(root, '.prompts/set'));
    const scan = scanPrompts(root);
    expect(scan.diagnostics).toEqual([]);
    expect(scan.prompts).toEqual([
      { id: 'base', file: '.prompts/base.yaml' },
      { id: 'set/one', file: '.prompts/set/one.yaml' },
    ]);
  });

  it('reports files whose names are not valid ids, and two files for one id, instead of skipping them', () => {
    const root = scratchDir();
    writeTree(root, {
      '.prompts/My Prompt.yaml': prompt,
      '.prompts/équipe/réponse.yaml': prompt,
      '.prompts/a..b.yaml': prompt,
      '.prompts/dupe.yaml': prompt,
      '.prompts/dupe.yml': prompt,
      '.prompts/fine.yaml': prompt,
    });
    const scan = scanPrompts(root);
    expect(scan.prompts).toEqual([{ id: 'fine', file: '.prompts/fine.yaml' }]);
    expect(scan.ambiguous).toEqual(new Map([['dupe', ['.prompts/dupe.yaml', '.prompts/dupe.yml']]]));
    expect(scan.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['.prompts/My Prompt.yaml', 'file-name'],
      ['.prompts/a..b.yaml', 'file-name'],
      ['.prompts/dupe.yaml', 'file-name'],
      ['.prompts/dupe.yml', 'file-name'],
      ['.prompts/équipe/réponse.yaml', 'file-name'],
    ]);
    expect(scan.diagnostics.find((d) => d.file === '.prompts/dupe.yaml')?.message).toBe('Prompt id "dupe" is also claimed by .prompts/dupe.yml; keep one file per id (remove or rename the others).');
    expect(scan.diagnostics.find((d) => d.file === '.prompts/My Prompt.yaml')?.message).toMatch(/^\.prompts\/My Prompt\.yaml is not read as a prompt: its name is not a valid id \("My Prompt" may only use/);
  });

  it('lists a partial that links outside the repository, so reading it reports the link', () => {
    const outside = scratchDir();
    writeFileSync(path.join(outside, 'secret.md'), 'secret');
    const root = scratchDir();
    mkdirSync(path.join(root, '.prompts/_partials'), { recursive: true });
    symlinkSync(path.join(outside, 'secret.md'), path.join(root, '.prompts/_partials/leak.md'));
    expect(scanPrompts(root).partials).toEqual(new Map([['leak', '.prompts/_partials/leak.md']]));
  });
});
