import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, type FileTree } from '../helpers/gitdir.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/github-models/', import.meta.url));
const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.prompt.yml'));

/** The corpus as a repository of plain GitHub Models files in .prompts/. */
function corpus(): ReturnType<typeof gitdir> {
  const tree: FileTree = {};
  for (const name of files) tree[`.prompts/${name}`] = readFileSync(path.join(FIXTURES, name), 'utf8');
  return gitdir(tree);
}

const SCHEMA = { name: 'animal', strict: true, schema: { type: 'object', properties: { name: { type: 'string' }, habitat: { type: 'string' } }, required: ['name', 'habitat'], additionalProperties: false } };

/** Per file: the variables to render it with, its text rendering and what its JSON rendering holds. */
const cases: [id: string, vars: string[], text: string, json: Record<string, unknown>][] = [
  ['animals', ['animal=dog'], '[user]\nDescribe a dog.\n', { model: 'auto', responseFormat: 'json_schema', jsonSchema: SCHEMA, response_format: { type: 'json_schema', json_schema: SCHEMA } }],
  ['commit-message', ['changes=fix: x'], '[system]\nWrite a conventional commit message for the staged changes.\n\n[user]\nfix: x\n', { model: 'gpt-4o-mini', modelParameters: { top_p: 0.9, temperature: 0.2 } }],
  // `>+` keeps the blank line after the text.
  ['local-review', ['diff=+a'], '[system]\nYou review a diff and list the risky changes.\n\n[user]\n+a\n', { model: 'qwen2.5-coder:7b', messages: [{ role: 'system', content: 'You review a diff and list the risky changes.\n\n' }, { role: 'user', content: '+a' }] }],
  ['moderator', ['stdin=Buy now'], '[system]\nAnswer "spam" or "not spam".\n\nNothing else.\n\n[user]\nBuy now\n', { model: 'openai/gpt-4.1', modelParameters: { max_tokens: 50 } }],
  ['summarize', ['title=Crash', 'body=It crashes.'], "[system]\nYou summarize GitHub issues in two sentences.\nKeep the reporter's words where you can.\n\n[user]\nTitle: Crash\n\nIt crashes.\n", { model: 'gpt-4o', modelParameters: { temperature: 0.3 } }],
];

describe('GitHub Models files as their authors wrote them', () => {
  it('the corpus has a case for every file', () => {
    expect(cases.map(([id]) => `${id}.prompt.yml`)).toEqual(files.sort());
  });

  it('lint gives no error, and a warning for each setting that has no effect or row key nothing reads', () => {
    expect(runCli(['lint'], { cwd: corpus().dir })).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        '.prompts/commit-message.prompt.yml',
        '  .prompts/commit-message.prompt.yml:9:3   warning  modelParameters.top_p is not read; runners read "topP" (--fix renames it).  model-parameters',
        '  .prompts/commit-message.prompt.yml:13:5  warning  testData[0] sets "language", which neither the template nor an evaluator reads.  test-data',
        '',
        '.prompts/local-review.prompt.yml',
        '  .prompts/local-review.prompt.yml:3:1  warning  Field "temperature" has no effect at the top level; move it to "modelParameters.temperature".  valid-schema',
        '',
        '.prompts/moderator.prompt.yml',
        '  .prompts/moderator.prompt.yml:5:3  warning  modelParameters.max_tokens is not read; runners read "maxTokens" (--fix renames it).  model-parameters',
        '',
        '✖ 4 problems (0 errors, 4 warnings)',
        '  2 problems can be fixed with --fix.',
        '',
      ].join('\n'),
    });
  });

  it('lint --fix renames max_tokens and top_p and keeps the comments', () => {
    const repo = corpus();
    expect(runCli(['lint', '--fix'], { cwd: repo.dir }).code).toBe(0);
    expect(readFileSync(path.join(repo.dir, '.prompts/moderator.prompt.yml'), 'utf8')).toContain('modelParameters:\n  maxTokens: 50 # short answers only\n');
    expect(readFileSync(path.join(repo.dir, '.prompts/commit-message.prompt.yml'), 'utf8')).toContain('  topP: 0.9\n');
    expect(runCli(['lint', '-f', 'json'], { cwd: repo.dir }).stdout).not.toContain('model-parameters');
  });

  it('list shows every file, none invalid', () => {
    const result = runCli(['list', '--json'], { cwd: corpus().dir });
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout) as { id: string; errors?: number }[];
    expect(listed.map((p) => [p.id, p.errors ?? 0])).toEqual(cases.map(([id]) => [id, 0]));
  });

  it.each(cases)('render %s prints its messages', (id, vars, text) => {
    expect(runCli(['render', id, ...vars.flatMap((v) => ['--var', v])], { cwd: corpus().dir })).toEqual({ code: 0, stderr: '', stdout: text });
  });

  it.each(cases)('render %s --format json carries the model and its settings', (id, vars, _text, json) => {
    const result = runCli(['render', id, ...vars.flatMap((v) => ['--var', v]), '--format', 'json'], { cwd: corpus().dir });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject(json);
  });
});
