import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, type FileTree } from '../helpers/gitdir.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/github-models/', import.meta.url));
const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.prompt.yml')).sort();
const ids = files.map((name) => name.replace(/\.prompt\.yml$/, ''));
const CONFIG = { '.prompts/_config.yaml': 'folders: [.prompts, .github/prompts]\n' };

/** The corpus of plain GitHub Models files where their authors keep them, next to a workflow (other YAML). */
function corpus(folder = '.github/prompts', config: FileTree = CONFIG): ReturnType<typeof gitdir> {
  const tree: FileTree = { ...config, '.github/workflows/ci.yml': 'on: push\njobs: {}\n', [`${folder}/notes.yml`]: 'not: a prompt\n' };
  for (const name of files) tree[`${folder}/${name}`] = readFileSync(path.join(FIXTURES, name), 'utf8');
  return gitdir(tree);
}

describe('prompt folders beyond .prompts/', () => {
  it('lint reads the configured folder (its *.prompt.yml only) and finds no error', () => {
    const repo = corpus();
    const result = runCli(['lint', '--format', 'json'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    const linted = (JSON.parse(result.stdout) as { filePath: string; errorCount: number }[]).map((r) => [path.relative(repo.dir, r.filePath).split(path.sep).join('/'), r.errorCount]);
    expect(linted.sort()).toEqual(files.map((name) => [`.github/prompts/${name}`, 0]));
  });

  it('without the config key the folder is not read', () => {
    expect(runCli(['list', '--json'], { cwd: corpus('.github/prompts', {}).dir }).stdout).not.toContain('.github/prompts');
  });

  it('list shows the ids relative to their folder', () => {
    const result = runCli(['list', '--json'], { cwd: corpus().dir });
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout) as { id: string; file: string }[];
    expect(listed.map((e) => [e.id, e.file])).toEqual(ids.map((id) => [id, `.github/prompts/${id}.prompt.yml`]));
  });

  it('render, diff across a commit, log and release work in place', () => {
    const repo = corpus();
    expect(runCli(['render', 'summarize', '--var', 'title=Crash', '--var', 'body=It crashes.'], { cwd: repo.dir })).toMatchObject({ code: 0, stdout: expect.stringContaining('Title: Crash') });
    const file = path.join(repo.dir, '.github/prompts/summarize.prompt.yml');
    repo.write({ '.github/prompts/summarize.prompt.yml': readFileSync(file, 'utf8').replace('two sentences', 'three sentences') });
    const working = runCli(['diff'], { cwd: repo.dir });
    expect(working.code).toBe(0);
    expect(working.stdout).toContain('summarize');
    expect(working.stdout).toContain('three');
    repo.commit('three sentences');
    expect(runCli(['diff', 'summarize@HEAD~1', 'summarize@HEAD'], { cwd: repo.dir }).stdout).toContain('three');
    const log = runCli(['log', 'summarize'], { cwd: repo.dir });
    expect(log.code).toBe(0);
    expect(log.stdout).toContain('three sentences');
    expect(runCli(['log'], { cwd: repo.dir }).stdout).toContain('summarize');
    const release = runCli(['release', 'summarize'], { cwd: repo.dir });
    expect(release).toMatchObject({ code: 0, stdout: expect.stringContaining('prompts/summarize@1.0.0') });
    expect(readFileSync(file, 'utf8')).toMatch(/^version: 1\.0\.0$/m);
    expect(repo.git('tag', '--list')).toContain('prompts/summarize@1.0.0');
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('lint --staged sees a staged change in the folder (the pre-commit path)', () => {
    const repo = corpus();
    repo.write({ '.github/prompts/broken.prompt.yml': 'messages: [\n' });
    repo.git('add', '-A');
    const result = runCli(['lint', '--staged'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('.github/prompts/broken.prompt.yml');
  });

  it('an id claimed in two folders is reported by lint, and render refuses it naming both files', () => {
    const repo = corpus();
    repo.write({ '.prompts/summarize.yaml': 'model: gpt-4o\nmessages:\n  - role: user\n    content: hi\n' });
    const lint = runCli(['lint'], { cwd: repo.dir });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('Prompt id "summarize" is also claimed by .prompts/summarize.yaml');
    expect(lint.stdout).toContain('Prompt id "summarize" is also claimed by .github/prompts/summarize.prompt.yml');
    const render = runCli(['render', 'summarize'], { cwd: repo.dir });
    expect(render.code).toBe(2);
    expect(render.stderr).toContain('.prompts/summarize.yaml and .github/prompts/summarize.prompt.yml');
  });

  it('a folder with spaces and accents', () => {
    const folder = 'Équipe prompts/ai';
    const repo = corpus(folder, { '.prompts/_config.yaml': `folders: ["${folder}/"]\n` });
    const list = JSON.parse(runCli(['list', '--json'], { cwd: repo.dir }).stdout) as { id: string; file: string }[];
    expect(list.map((e) => e.file)).toEqual(ids.map((id) => `${folder}/${id}.prompt.yml`));
    expect(runCli(['lint'], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['show', 'animals'], { cwd: repo.dir })).toMatchObject({ code: 0 });
  });

  it('a folder outside the repository is a config error at its line', () => {
    const repo = corpus('.github/prompts', { '.prompts/_config.yaml': 'tagPrefix: prompts/\nfolders:\n  - .github/prompts\n  - ../elsewhere\n' });
    const result = runCli(['list'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.prompts/_config.yaml:4');
    expect(result.stderr).toContain('cannot leave the repository');
  });

  it('init finds the GitHub Models files and records their folder; without any it stays as before', () => {
    const repo = corpus('.github/prompts', {});
    const result = runCli(['init'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Found GitHub Models prompt files in .github/prompts');
    expect(readFileSync(path.join(repo.dir, '.prompts/_config.yaml'), 'utf8')).toContain('folders: [".prompts", ".github/prompts"]');
    expect(runCli(['list', '--json'], { cwd: repo.dir }).stdout).toContain('.github/prompts/animals.prompt.yml');
    const plain = gitdir({});
    const fresh = runCli(['init'], { cwd: plain.dir });
    expect(fresh.stdout).not.toContain('Found');
    expect(readFileSync(path.join(plain.dir, '.prompts/_config.yaml'), 'utf8')).not.toMatch(/^folders:/m);
  });
});
