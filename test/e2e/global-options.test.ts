import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, scratchDir } from '../helpers/gitdir.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const STACK = /\n\s+at .+:\d+:\d+/;
const ESC = '\x1b[';

describe('global options', () => {
  it.each([['--version'], ['-V']])('%s prints the version', (flag) => {
    expect(runCli([flag], { cwd: scratchDir() })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--cwd runs as if started in that folder', () => {
    const repo = gitdir({ '.prompts/a.yaml': 'messages:\n  - role: user\n    content: hi\n' });
    const result = runCli(['--cwd', path.join(repo.dir, '.prompts'), 'list', '--json'], { cwd: scratchDir() });
    expect(JSON.parse(result.stdout)).toMatchObject([{ id: 'a' }]);
    expect(runCli(['-C', repo.dir, 'show', 'a'], { cwd: scratchDir() }).code).toBe(0);
  });

  it('--cwd naming a missing folder exits 2', () => {
    expect(runCli(['--cwd', 'no/such/dir', 'list'], { cwd: scratchDir() })).toEqual({ code: 2, stdout: '', stderr: 'error: --cwd no/such/dir: no such folder.\n' });
  });

  it.each([['init'], ['new'], ['list'], ['show'], ['render'], ['schema']])('%s --help shows its usage and an example', (command) => {
    const result = runCli([command, '--help'], { cwd: scratchDir() });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: promptgit ${command}`);
    expect(result.stdout).toMatch(new RegExp(`Examples:\\n  \\$ promptgit ${command}`));
  });

  it.each([['init'], ['new'], ['list'], ['show'], ['render'], ['release'], ['log'], ['diff'], ['schema'], ['lint'], ['hook'], ['help']])('%s --help lists the global options', (command) => {
    const { stdout, code } = runCli([command, '--help'], { cwd: scratchDir() });
    expect(code).toBe(0);
    expect(stdout).toMatch(/\nGlobal Options:\n  -V, --version +print the version\n  -C, --cwd <dir> +run as if started in <dir>\n  --no-color +never colour the output[^\n]*\n  --debug +print stack traces/);
  });

  it('help <command> prints that command\'s help; an unknown one is named with a suggestion, exit 2', () => {
    const help = runCli(['help', 'ls'], { cwd: scratchDir() });
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toBe(runCli(['list', '--help'], { cwd: scratchDir() }).stdout);
    expect(runCli(['help', 'rendr'], { cwd: scratchDir() })).toEqual({ code: 2, stdout: '', stderr: 'error: Unknown command "rendr". Did you mean "render"?\nhint: Run "promptgit --help" to see the commands.\n' });
    expect(runCli(['help'], { cwd: scratchDir() }).stdout).toBe(runCli(['--help'], { cwd: scratchDir() }).stdout);
  });

  it('--help lists every command', () => {
    const { stdout, code } = runCli(['--help'], { cwd: scratchDir() });
    expect(code).toBe(0);
    for (const command of ['init', 'new', 'list', 'show', 'render', 'schema']) expect(stdout).toMatch(new RegExp(`\\n  ${command}\\b`));
  });

  it('suggests the nearest command for an unknown one, exit 2', () => {
    expect(runCli(['lsit'], { cwd: scratchDir() })).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: unknown command 'lsit'\n(Did you mean list?)\n(run \"promptgit --help\" for usage)\n",
    });
  });

  it('suggests the nearest option for an unknown one, exit 2', () => {
    expect(runCli(['list', '--jsno'], { cwd: scratchDir() })).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: unknown option '--jsno'\n(Did you mean --json?)\n(run \"promptgit list --help\" for usage)\n",
    });
  });

  it('exits 2 on a missing argument', () => {
    const result = runCli(['show'], { cwd: scratchDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: missing required argument 'ref'");
  });

  describe('colour', () => {
    const repo = () => gitdir({ '.prompts/a.yaml': 'messages:\n  - role: user\n    content: hi\n' });
    it('is on when forced and NO_COLOR is unset', () => {
      expect(runCli(['list'], { cwd: repo().dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).toContain(ESC);
      expect(runCli(['show', 'nope'], { cwd: repo().dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stderr).toContain(ESC);
    });
    it('is off with --no-color, even when forced', () => {
      const result = runCli(['--no-color', 'list'], { cwd: repo().dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
      expect(result.stdout).toContain('clean');
      expect(result.stdout).not.toContain(ESC);
    });
    it('is off with NO_COLOR, even when forced', () => {
      const result = runCli(['show', 'nope'], { cwd: repo().dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
      expect(result.stderr).toContain('error:');
      expect(result.stderr).not.toContain(ESC);
    });
    it('is off without a terminal', () => {
      expect(runCli(['list'], { cwd: repo().dir, env: { NO_COLOR: '' } }).stdout).not.toContain(ESC);
    });
  });

  describe('--debug', () => {
    it('prints a stack trace for an error only with --debug or DEBUG=promptgit', () => {
      const cwd = scratchDir();
      const env = { GIT_CEILING_DIRECTORIES: path.dirname(cwd) };
      const plain = runCli(['list'], { cwd, env });
      expect(plain.code).toBe(2);
      expect(plain.stderr).not.toMatch(STACK);
      const debug = runCli(['--debug', 'list'], { cwd, env });
      expect(debug.code).toBe(2);
      expect(debug.stderr).toContain(plain.stderr.trim());
      expect(debug.stderr).toMatch(STACK);
      expect(runCli(['list'], { cwd, env: { ...env, DEBUG: 'promptgit' } }).stderr).toMatch(STACK);
    });

    it('keeps stack traces out of every expected error', () => {
      const repo = gitdir({ '.prompts/bad.yaml': 'messages: 3\n', '.prompts/ok.yaml': 'messages:\n  - role: user\n    content: "{{x}}"\n' });
      for (const args of [['show', 'bad', '--json'], ['render', 'ok'], ['render', 'missing'], ['new', '../x'], ['render', 'ok', '--vars', 'nope.json'], ['bogus']]) {
        const result = runCli(args, { cwd: repo.dir });
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr, args.join(' ')).not.toMatch(STACK);
      }
    });
  });
});
