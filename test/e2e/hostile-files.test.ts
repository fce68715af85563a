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

describe('hostile content is answered, never a crash (speed is measured in bench/hostile.bench.mjs)', () => {
  const HEAD = 'description: x\nmessages:\n  - role: user\n';
  const TOO_DEEP = 'Lists and mappings nest more than 100 levels deep here; flatten the structure.';
  const BIG = `${HEAD}    content: "${'a'.repeat(20 * 1024 * 1024)}"\n`;
  // id, content, what lint says (line:column message) and render's exit code.
  const inputs: [string, string, string, number][] = [
    ['braces', `${HEAD}    content: "${'{{'.repeat(100_000)}"\n`, '4:200013 Template error: Unclosed tag.', 2],
    ['big', BIG, `1:1 File is ${Buffer.byteLength(BIG)} bytes, over the 1048576-byte limit for a prompt; split it or move data out of it.`, 2],
    ['seqs', `${HEAD}    content: hi\nx-deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, `5:108 ${TOO_DEEP}`, 2],
    ['maps', `${HEAD}    content: hi\nx-deep: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, `5:405 ${TOO_DEEP}`, 2],
    ['blocks', `${HEAD}    content: hi\nx-deep:\n  ${'- '.repeat(10_000)}1\n`, `6:201 ${TOO_DEEP}`, 2],
    ['sections', `${HEAD}    content: "${'{{#a}}'.repeat(10_000)}${'{{/a}}'.repeat(10_000)}"\n`, '4:615 Template error: Sections nest more than 100 deep.', 2],
  ];

  function repo() {
    const r = gitdir(Object.fromEntries(inputs.map(([id]) => [`.prompts/${id}.yaml`, `${HEAD}    content: hi\n`])));
    r.write(Object.fromEntries(inputs.map(([id, content]) => [`.prompts/${id}.yaml`, content])));
    return r;
  }

  it('lint reports each at its place, and only the errors expected', () => {
    const result = runCli(['lint', '--format', 'json'], { cwd: repo().dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const files = JSON.parse(result.stdout) as { file: string; messages: { line: number; column: number; message: string; severity: string }[] }[];
    const errors = Object.fromEntries(files.map((f) => [f.file, f.messages.filter((m) => m.severity === 'error').map((m) => `${m.line}:${m.column} ${m.message}`)]));
    expect(errors).toEqual(Object.fromEntries(inputs.map(([id, , lint]) => [`.prompts/${id}.yaml`, [lint]])));
  });

  it('list, show --json, render and diff answer each with an exit code, never a stack trace', () => {
    const r = repo();
    const list = runCli(['list', '--json'], { cwd: r.dir });
    expect(list.code).toBe(0);
    expect(JSON.parse(list.stdout).map((e: { id: string; errors: number }) => [e.id, e.errors])).toEqual(
      [...inputs].sort(([a], [b]) => a.localeCompare(b)).map(([id]) => [id, id === 'braces' || id === 'sections' ? 0 : 1]),
    );
    for (const [id, , lint, code] of inputs) {
      const message = lint.replace(/^\S+ /, '');
      for (const args of [['render', id], ['show', id, '--json']]) {
        const result = runCli(args, { cwd: r.dir });
        const expected = args[0] === 'show' && (id === 'braces' || id === 'sections') ? 0 : code;
        expect(result.code, args.join(' ')).toBe(expected);
        expect(result.stderr, args.join(' ')).not.toMatch(STACK);
        if (expected !== 0) expect(result.stderr, args.join(' ')).toContain(message.replace(/^Template error: /, '').replace(/\.$/, ''));
      }
    }
    const diff = runCli(['diff', '--json'], { cwd: r.dir });
    expect(diff.code).toBe(0);
    const levels = (JSON.parse(diff.stdout) as { prompts: { id: string; changes: { summary: string }[] }[] }).prompts.map((p) => [p.id, p.changes[0]!.summary]);
    expect(levels).toEqual(
      [...inputs]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id]) => [id, id === 'braces' || id === 'sections' ? 'user message edited' : `invalid file (run "promptgit lint ${id}")`]),
    );
  });
});
