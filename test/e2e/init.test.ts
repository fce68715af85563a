import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, scratchDir } from '../helpers/gitdir.js';

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('promptgit init', () => {
  it('finds the repository root from a subfolder and writes config, schema and an example', () => {
    const repo = gitdir({ 'src/app/readme.md': 'x' });
    const result = runCli(['init'], { cwd: path.join(repo.dir, 'src/app') });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'created  .prompts/_config.yaml',
        'created  .prompts/_schema.json',
        'created  .prompts/example.yaml',
        "ignored  .promptgit/ in .gitignore (eval's answer cache)",
        `Done. Try "promptgit render example --var ticket='My order is late'", then "promptgit new <id>".`,
        '',
      ].join('\n'),
    });
    expect(existsSync(path.join(repo.dir, 'src/app/.prompts'))).toBe(false);
    expect(JSON.parse(read(repo.dir, '.prompts/_schema.json'))).toMatchObject({ title: 'promptgit prompt', type: 'object' });
    expect(read(repo.dir, '.prompts/example.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=./_schema.json');
    expect(read(repo.dir, '.prompts/_config.yaml')).toContain('tagPrefix: prompts/');
    expect(read(repo.dir, '.gitignore')).toBe('.promptgit/\n');
    // What init writes is valid: the example lists without errors.
    expect(JSON.parse(runCli(['list', '--json'], { cwd: repo.dir }).stdout)).toMatchObject([{ id: 'example', errors: 0, state: 'untracked' }]);
  });

  it('changes nothing the second time and says so', () => {
    const repo = gitdir();
    runCli(['init'], { cwd: repo.dir });
    repo.commit('init');
    const again = runCli(['init'], { cwd: repo.dir });
    expect(again).toEqual({ code: 0, stderr: '', stdout: 'promptgit is already set up here; nothing changed (use --force to refresh the config and schema; your settings are kept).\n' });
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('--force rewrites only the config and schema, never a prompt', () => {
    const repo = gitdir();
    runCli(['init'], { cwd: repo.dir });
    writeFileSync(path.join(repo.dir, '.prompts/_config.yaml'), '# old\nlint:\n  rules: {}\n');
    writeFileSync(path.join(repo.dir, '.prompts/_schema.json'), '{}\n');
    writeFileSync(path.join(repo.dir, '.prompts/example.yaml'), 'messages:\n  - role: user\n    content: mine\n');
    const result = runCli(['init', '--force'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('rewrote  .prompts/_config.yaml\nrewrote  .prompts/_schema.json\nexists   .prompts/example.yaml\n');
    expect(read(repo.dir, '.prompts/_config.yaml')).toContain('tagPrefix: prompts/');
    expect(read(repo.dir, '.prompts/example.yaml')).toBe('messages:\n  - role: user\n    content: mine\n');
  });

  it('--force keeps the settings of a customised config and names them', () => {
    const repo = gitdir();
    runCli(['init'], { cwd: repo.dir });
    writeFileSync(path.join(repo.dir, '.prompts/_config.yaml'), 'tagPrefix: releases/\nlint:\n  rules:\n    require-description: off\n');
    const result = runCli(['init', '--force'], { cwd: repo.dir });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: 'rewrote  .prompts/_config.yaml (kept your tagPrefix, lint.rules)\nexists   .prompts/_schema.json\nexists   .prompts/example.yaml\n',
    });
    const config = read(repo.dir, '.prompts/_config.yaml');
    expect(config).toContain('tagPrefix: releases/');
    expect(config).toContain('require-description: off');
    // The new defaults and their comments are written around the kept values.
    expect(config).toContain('initialVersion: 1.0.0');
    expect(config).toContain('# Globs of prompt files to skip');
    // A second --force has nothing left to change.
    expect(runCli(['init', '--force'], { cwd: repo.dir }).stdout).toBe('promptgit is already set up here; nothing changed (use --force to refresh the config and schema; your settings are kept).\n');
  });

  it('--force leaves a config that is not valid YAML alone and exits 2 with the line', () => {
    const repo = gitdir();
    runCli(['init'], { cwd: repo.dir });
    writeFileSync(path.join(repo.dir, '.prompts/_config.yaml'), 'tagPrefix: releases/\nlint: [\n');
    const result = runCli(['init', '--force'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: \.prompts\/_config\.yaml line \d+ is not valid YAML \(.+\), so "init --force" cannot keep its settings\.\nhint: Fix that line/);
    expect(read(repo.dir, '.prompts/_config.yaml')).toBe('tagPrefix: releases/\nlint: [\n');
  });

  it('does not add the example to a .prompts/ that already exists', () => {
    const repo = gitdir({ '.prompts/mine.yaml': 'messages:\n  - role: user\n    content: x\n' });
    const result = runCli(['init'], { cwd: repo.dir });
    expect(result.stdout).toBe("created  .prompts/_config.yaml\ncreated  .prompts/_schema.json\nignored  .promptgit/ in .gitignore (eval's answer cache)\n");
    expect(existsSync(path.join(repo.dir, '.prompts/example.yaml'))).toBe(false);
  });

  it('outside a repository exits 2 and advises git init', () => {
    const dir = scratchDir();
    const result = runCli(['init'], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: path.dirname(dir) } });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: ${dir} is not inside a git work tree.\nhint: Run "git init" first, or "promptgit init --git" to create the repository too.\n`,
    });
    expect(existsSync(path.join(dir, '.prompts'))).toBe(false);
  });

  it('--git creates the repository first', () => {
    const dir = scratchDir();
    mkdirSync(path.join(dir, 'project'));
    const cwd = path.join(dir, 'project');
    const result = runCli(['init', '--git'], { cwd, env: { GIT_CEILING_DIRECTORIES: dir } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`Initialized a git repository in ${cwd}.\n`);
    expect(existsSync(path.join(cwd, '.git'))).toBe(true);
    expect(existsSync(path.join(cwd, '.prompts/example.yaml'))).toBe(true);
  });

  it('explains, without a stack, when a file is in the way of .prompts/', () => {
    const repo = gitdir({ '.prompts': 'not a folder' });
    const result = runCli(['init'], { cwd: repo.dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: Could not write .prompts/_config.yaml (EEXIST); nothing was changed.\nhint: Check that a folder or file of that name is not in the way and that you may write there.\n',
    });
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it("adds .promptgit/ to an existing .gitignore once, keeping its lines and CRLF endings", () => {
    const repo = gitdir({ '.gitignore': 'node_modules\r\ndist' });
    expect(runCli(['init'], { cwd: repo.dir }).code).toBe(0);
    expect(read(repo.dir, '.gitignore')).toBe('node_modules\r\ndist\r\n.promptgit/\r\n');
    runCli(['init', '--force'], { cwd: repo.dir });
    expect(read(repo.dir, '.gitignore')).toBe('node_modules\r\ndist\r\n.promptgit/\r\n');
    const ignored = gitdir({ '.gitignore': '/.promptgit\n' });
    const result = runCli(['init'], { cwd: ignored.dir });
    expect(result.stdout).not.toContain('.gitignore');
    expect(read(ignored.dir, '.gitignore')).toBe('/.promptgit\n');
  });
});
