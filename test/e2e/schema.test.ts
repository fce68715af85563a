import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, scratchDir } from '../helpers/gitdir.js';

describe('promptgit schema', () => {
  it('prints the JSON Schema of the format, anywhere, as JSON only', () => {
    const result = runCli(['schema'], { cwd: scratchDir() });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const schema = JSON.parse(result.stdout);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['messages'], additionalProperties: false, patternProperties: { '^x-': {} } });
    expect(Object.keys(schema.properties)).toEqual(['name', 'description', 'version', 'model', 'modelParameters', 'responseFormat', 'jsonSchema', 'variables', 'messages', 'testData', 'evaluators', 'tags', 'metadata']);
    expect(schema.properties.messages.items.properties.role.enum).toEqual(['system', 'user', 'assistant', 'developer']);
  });

  it('is the same schema init writes into the repository', () => {
    const repo = gitdir();
    runCli(['init'], { cwd: repo.dir });
    expect(readFileSync(path.join(repo.dir, '.prompts/_schema.json'), 'utf8')).toBe(runCli(['schema'], { cwd: repo.dir }).stdout);
  });
});
