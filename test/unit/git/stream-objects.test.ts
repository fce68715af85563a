import { describe, expect, it } from 'vitest';
import { readObjects, streamObjects } from '../../../src/git/index.js';
import { gitdir } from '../../helpers/gitdir.js';

describe('streamObjects (one cat-file --batch, objects handed over as git writes them)', () => {
  it('hands over every object in the order asked, missing ones as undefined, large ones whole', async () => {
    // Larger than a pipe's buffer, so it arrives in many chunks; and with newlines and NULs inside.
    const big = Buffer.from(`${'line with a \0 and more\n'.repeat(10_000)}end`);
    const repo = gitdir({ 'a.txt': 'a\n', 'big.bin': big, 'empty.txt': '' });
    const names = ['HEAD:big.bin', 'HEAD:missing.txt', 'HEAD:a.txt', 'HEAD:empty.txt', 'HEAD:a.txt', 'nope'];
    const seen: Array<[string, string | undefined]> = [];
    await streamObjects(repo.dir, names, (name, bytes) => seen.push([name, bytes?.toString('utf8')]));
    expect(seen).toEqual([
      ['HEAD:big.bin', big.toString('utf8')],
      ['HEAD:missing.txt', undefined],
      ['HEAD:a.txt', 'a\n'],
      ['HEAD:empty.txt', ''],
      ['nope', undefined],
    ]);
    expect(await readObjects(repo.dir, names)).toEqual(new Map(seen.map(([name, text]) => [name, text === undefined ? undefined : Buffer.from(text)])));
  });

  it('fails with the error of the callback, and starts no process for no names', async () => {
    const repo = gitdir({ 'a.txt': 'a' });
    await expect(
      streamObjects(repo.dir, ['HEAD:a.txt'], () => {
        throw new Error('parse failed');
      }),
    ).rejects.toThrow('parse failed');
    let called = false;
    await streamObjects('/nonexistent', [], () => (called = true));
    expect(called).toBe(false);
  });
});
