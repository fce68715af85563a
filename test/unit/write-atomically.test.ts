import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFilesAtomically } from '../../src/core/write.js';
import { scratchDir } from '../helpers/gitdir.js';

describe('writeFilesAtomically', () => {
  it('writes every file, creating folders', async () => {
    const root = scratchDir();
    await writeFilesAtomically(root, [
      { file: '.prompts/a.yaml', content: 'a' },
      { file: '.prompts/deep/er/b.yaml', content: 'b' },
    ]);
    expect(readFileSync(path.join(root, '.prompts/a.yaml'), 'utf8')).toBe('a');
    expect(readFileSync(path.join(root, '.prompts/deep/er/b.yaml'), 'utf8')).toBe('b');
  });

  it('puts everything back when a later write fails', async () => {
    const root = scratchDir();
    mkdirSync(path.join(root, 'keep'));
    writeFileSync(path.join(root, 'keep/existing.txt'), 'before');
    // The last target is a folder: writing it fails after the others were written.
    mkdirSync(path.join(root, 'keep/blocker'));
    writeFileSync(path.join(root, 'keep/blocker/inside.txt'), 'untouched');
    const writes = [
      { file: 'keep/existing.txt', content: 'after' },
      { file: 'new/deep/nested/file.txt', content: 'new' },
      { file: 'new/deep/other/file.txt', content: 'new' },
      { file: 'keep/blocker', content: 'cannot replace a folder' },
    ];
    await expect(writeFilesAtomically(root, writes)).rejects.toThrow();
    expect(readFileSync(path.join(root, 'keep/existing.txt'), 'utf8')).toBe('before');
    expect(existsSync(path.join(root, 'new'))).toBe(false);
    expect(readFileSync(path.join(root, 'keep/blocker/inside.txt'), 'utf8')).toBe('untouched');
    expect(readdirSync(root).sort()).toEqual(['keep']);
    expect(readdirSync(path.join(root, 'keep')).sort()).toEqual(['blocker', 'existing.txt']);
  });

  it('keeps a created folder that something else put a file into', async () => {
    const root = scratchDir();
    mkdirSync(path.join(root, 'blocker'));
    writeFileSync(path.join(root, 'blocker/x'), 'x');
    await expect(writeFilesAtomically(root, [{ file: 'a/b.txt', content: 'b' }, { file: 'blocker', content: 'no' }])).rejects.toThrow();
    expect(existsSync(path.join(root, 'a'))).toBe(false);
  });
});
