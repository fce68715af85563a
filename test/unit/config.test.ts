import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ProblemsError } from '../../src/errors.js';
import { parseConfig } from '../../src/core/config.js';

function problemsOf(text: string): ProblemsError {
  try {
    parseConfig(text);
  } catch (error) {
    if (error instanceof ProblemsError) return error;
    throw error;
  }
  throw new Error('expected the config to be refused');
}

describe('parseConfig', () => {
  it('fills defaults for an empty file', () => {
    expect(parseConfig('').config).toEqual({ folders: [], tagPrefix: 'prompts/', initialVersion: '1.0.0', lint: { rules: {}, ignore: [] } });
  });

  it('reads the commented default config that init writes', () => {
    const text = readFileSync(new URL('../../templates/config.yaml', import.meta.url), 'utf8');
    expect(parseConfig(text).config).toEqual({ folders: [], tagPrefix: 'prompts/', initialVersion: '1.0.0', lint: { rules: {}, ignore: [] } });
  });

  it('keeps lint rules as written, for the lint engine to validate', () => {
    const { config } = parseConfig('tagPrefix: v/\ninitialVersion: 0.1.0\nlint:\n  rules:\n    max-tokens: [warn, { max: 10 }]\n  ignore: [".prompts/old/**"]\n');
    expect(config).toEqual({ folders: [], tagPrefix: 'v/', initialVersion: '0.1.0', lint: { rules: { 'max-tokens': ['warn', { max: 10 }] }, ignore: ['.prompts/old/**'] } });
  });

  it('reports every invalid entry at once, each at its line', () => {
    const error = problemsOf('tagPrefix: "bad prefix"\ninitialVersion: 2.0.0\ntagPrefx: x\nlint:\n  rule: {}\n  ignore: nope\n');
    expect(error.message).toBe('.prompts/_config.yaml is invalid.');
    expect(error.hint).toMatch(/run "promptgit init" to write a default one/);
    expect(error.problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 12, '"tagPrefix": may only use letters, digits, ".", "_", "-" and "/".'],
      [2, 17, '"initialVersion" must be one of 1.0.0, 0.1.0, not "2.0.0". Did you mean "1.0.0"?'],
      [3, 1, 'Unknown field "tagPrefx". Did you mean "tagPrefix"?'],
      [5, 3, 'Unknown field "lint.rule". Did you mean "rules"?'],
      [6, 11, '"lint.ignore" must be a list, not string "nope".'],
    ]);
  });

  it('says to quote a version that YAML read as a number', () => {
    expect(problemsOf('initialVersion: 1.0\n').problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [1, 17, '"initialVersion" must be one of 1.0.0, 0.1.0; YAML reads the unquoted value as the number 1, so quote it: "1.0.0".'],
    ]);
    expect(problemsOf('initialVersion: 0.1\n').problems[0]!.message).toContain('the number 0.1, so quote it: "0.1.0".');
  });

  it('refuses a tag prefix git cannot use or would read as an option, at its line', () => {
    expect(problemsOf('initialVersion: 1.0.0\ntagPrefix: "--exec"\n').problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 12, '"tagPrefix": it starts with "-", so git would read the tag name as an option.'],
    ]);
    expect(problemsOf('tagPrefix: a..b/\n').problems.map((p) => [p.line, p.column, p.message])).toEqual([[1, 12, '"tagPrefix": it has "..", which git does not allow in a tag name.']]);
  });

  it('reports conflict markers in the config at their lines', () => {
    const text = 'tagPrefix: prompts/\n<<<<<<< HEAD\ninitialVersion: 1.0.0\n=======\ninitialVersion: 0.1.0\n>>>>>>> other\n';
    expect(problemsOf(text).problems.map((p) => [p.line, p.message.slice(0, 34)])).toEqual([
      [2, 'Merge conflict marker "<<<<<<<": r'],
      [4, 'Merge conflict marker "=======": r'],
      [6, 'Merge conflict marker ">>>>>>>": r'],
    ]);
  });

  it('reports a YAML error in the config with its position', () => {
    expect(problemsOf('tagPrefix: a\ntagPrefix: b\n').problems.map((p) => [p.file, p.line, p.message])).toEqual([['.prompts/_config.yaml', 2, 'Duplicate key "tagPrefix" (first on line 1): a mapping holds each key once; remove one or rename it.']]);
  });

  it('refuses a config that is not a mapping', () => {
    expect(problemsOf('- a\n').problems.map((p) => p.message)).toEqual(['The file must be a YAML mapping of fields, not a list.']);
  });
});
