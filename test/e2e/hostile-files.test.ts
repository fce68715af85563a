import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, scratchDir } from '../helpers/gitdir.js';

const STACK = /\n\s+at .+:\d+:\d+/;

function aliasBomb(): string {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g']]) {
    lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\nmessages:\n  - role: user\n    content: hi\n`;
}

const hostile: [string, string | Buffer, string][] = [
  ['bomb', aliasBomb(), 'YAML aliases expand too far (limit 100); write the values out instead of nesting aliases.'],
  ['big', `description: ${'a'.repeat(2 * 1024 * 1024)}\n`, `File is ${2 * 1024 * 1024 + 14} bytes, over the 1048576-byte limit for a prompt; split it or move data out of it.`],
  ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'File is binary (it contains a NUL byte); a prompt must be UTF-8 text.'],
  ['latin1', Buffer.from('description: caf\xe9\n', 'latin1'), 'File is not valid UTF-8; re-save it as UTF-8.'],
  ['empty', '', 'File is empty; a prompt needs at least "messages".'],
];

describe('hostile files give diagnostics, never a crash or a hang', () => {
  it.each(hostile)('%s: show --json and render explain, exit 2', (id, content, message) => {
    const repo = gitdir({ [`.prompts/${id}.yaml`]: content });
    for (const args of [['show', id, '--json'], ['render', id]]) {
      expect(runCli(args, { cwd: repo.dir })).toEqual({
        code: 2,
        stdout: '',
        stderr: `error: .prompts/${id}.yaml has an error.\n  .prompts/${id}.yaml:1:1  ${message}\nhint: Fix it, then run "promptgit lint ${id}" to check.\n`,
      });
    }
  });

  it('list shows every hostile file as invalid and still lists the good one', () => {
    const tree = Object.fromEntries(hostile.map(([id, content]) => [`.prompts/${id}.yaml`, content]));
    const repo = gitdir({ ...tree, '.prompts/good.yaml': 'messages:\n  - role: user\n    content: hi\n' });
    const result = runCli(['list', '--json'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(STACK);
    expect(JSON.parse(result.stdout).map((e: { id: string; errors: number }) => [e.id, e.errors])).toEqual([
      ['big', 1],
      ['binary', 1],
      ['bomb', 1],
      ['empty', 1],
      ['good', 0],
      ['latin1', 1],
    ]);
  });

  describe('a symlink that points outside the repository', () => {
    function leaky() {
      const outside = scratchDir();
      writeFileSync(path.join(outside, 'secret.yaml'), 'description: SECRET\nmessages:\n  - role: user\n    content: SECRET\n');
      const repo = gitdir({ '.prompts/ok.yaml': 'messages:\n  - role: user\n    content: hi\n' });
      symlinkSync(path.join(outside, 'secret.yaml'), path.join(repo.dir, '.prompts/leak.yaml'));
      return repo;
    }

    it('list warns about it on stderr and does not list it', () => {
      const result = runCli(['list'], { cwd: leaky().dir });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain('leak');
      expect(result.stderr).toBe('warning: .prompts/leak.yaml:1:1  Symbolic link points outside the repository; promptgit only reads files inside it.\n');
    });

    it('show and render refuse to read it', () => {
      const repo = leaky();
      for (const args of [['show', 'leak'], ['show', 'leak', '--json'], ['render', 'leak']]) {
        const result = runCli(args, { cwd: repo.dir });
        expect(result.stdout + result.stderr, args.join(' ')).not.toContain('SECRET');
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr).toContain('.prompts/leak.yaml:1:1  Symbolic link points outside the repository; promptgit only reads files inside it.');
      }
    });
  });

  it('a folder in place of a prompt file is a diagnostic, not a crash', () => {
    const repo = gitdir({ '.prompts/ok.yaml': 'messages:\n  - role: user\n    content: hi\n' });
    mkdirSync(path.join(repo.dir, '.prompts/dir.yaml'));
    writeFileSync(path.join(repo.dir, '.prompts/dir.yaml/x'), '');
    const result = runCli(['show', 'dir'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.prompts/dir.yaml:1:1  Not a regular file; a prompt must be a YAML file.');
  });
});
