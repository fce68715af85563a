import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, type FileTree } from '../helpers/gitdir.js';

const good = (i: number) => `description: Prompt ${i}\nvariables:\n  name: {}\nmessages:\n  - role: user\n    content: "Hello {{name}}, ticket ${i}"\n`;
const typo = (i: number) => good(i).replace('{{name}}', '{{nme}}');
const trailing = (i: number) => good(i).replace('description: Prompt', 'description:  Prompt').replace(`Prompt ${i}\n`, `Prompt ${i}   \n`);

/** 60 prompts: every fifth with an undefined variable, every seventh with fixable trailing whitespace. */
function tree(): FileTree {
  const files: FileTree = {};
  for (let i = 0; i < 60; i++) files[`.prompts/area-${i % 3}/p-${i}.yaml`] = i % 5 === 0 ? typo(i) : i % 7 === 0 ? trailing(i) : good(i);
  return files;
}

// The built library, as an app or a tool imports it: worker threads need the built worker.
const dist = async () => (await import('../../dist/bundle/lint.js')) as typeof import('../../src/lint/index.js');

describe('promptgit lint --concurrency', () => {
  it('reports the same on worker threads as on one thread', () => {
    const repo = gitdir(tree());
    const one = runCli(['lint', '--concurrency', 'off', '-f', 'json'], { cwd: repo.dir });
    const two = runCli(['lint', '--concurrency', '2', '-f', 'json'], { cwd: repo.dir });
    expect(one.code).toBe(1);
    expect(JSON.parse(one.stdout)).toHaveLength(60);
    expect(two).toEqual(one);
    expect(runCli(['lint', '--concurrency', '3'], { cwd: repo.dir })).toEqual(runCli(['lint'], { cwd: repo.dir }));
  });

  it('uses the threads it is given, from the library too, staged and fixing', async () => {
    const { lintWorkspace } = await dist();
    const repo = gitdir(tree());
    const off = await lintWorkspace({ root: repo.dir, concurrency: 'off' });
    const two = await lintWorkspace({ root: repo.dir, concurrency: 2 });
    expect([off.threads, two.threads]).toEqual([1, 2]);
    expect(two.results).toEqual(off.results);
    expect(off.errorCount).toBe(12);
    // Staged blobs travel to the worker as bytes.
    repo.write({ '.prompts/area-0/p-3.yaml': typo(3) });
    repo.git('add', '.prompts');
    repo.write({ '.prompts/area-0/p-3.yaml': good(3) });
    const staged = await lintWorkspace({ root: repo.dir, staged: true, concurrency: 2 });
    expect(staged.results.map((r) => [r.file, r.errorCount])).toEqual([['.prompts/area-0/p-3.yaml', 1]]);
    // Fixes made on a worker are written by the main thread.
    const fixed = await lintWorkspace({ root: repo.dir, fix: true, concurrency: 2 });
    expect(fixed.fixedFiles).toHaveLength(7);
    expect(readFileSync(path.join(repo.dir, '.prompts/area-1/p-7.yaml'), 'utf8')).toBe(good(7).replace('description: Prompt', 'description:  Prompt'));
  });

  it.each(['0', 'two', '-1', ''])('refuses --concurrency %j with exit 2', (value) => {
    const repo = gitdir(tree());
    const result = runCli(['lint', '--concurrency', value], { cwd: repo.dir });
    expect(result).toEqual({ code: 2, stdout: '', stderr: expect.stringContaining(`--concurrency must be a number of threads of 1 or more, "auto" or "off", not "${value}".`) });
  });
});
