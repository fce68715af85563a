import { describe, expect, it } from 'vitest';
import { idFromPath, idProblem, partialNameProblem, pathForNewId, stripPromptExtension } from '../../src/core/ids.js';

describe('prompt ids', () => {
  it.each([
    ['support/triage', undefined],
    ['a', undefined],
    ['v1.2_x-y', undefined],
  ])('accepts %s', (id, problem) => {
    expect(idProblem(id)).toBe(problem);
  });

  it.each([
    ['', /empty/],
    ['../x', /cannot leave/],
    ['a/../../x', /cannot leave/],
    ['/etc/passwd', /absolute/],
    ['a//b', /empty segment/],
    ['_partials/x', /reserved/],
    ['.hidden', /reserved/],
    ['has space', /may only use/],
    ['a\\b', /use "\/"/],
    ['triage.yaml', /leave out the file extension/],
  ])('refuses %j', (id, problem) => {
    expect(idProblem(id)).toMatch(problem);
  });

  it('maps paths to ids and back', () => {
    expect(idFromPath('.prompts/support/triage.yaml')).toBe('support/triage');
    expect(idFromPath('.prompts/x.yml')).toBe('x');
    expect(idFromPath('.prompts/gh.prompt.yml')).toBe('gh');
    expect(idFromPath('.prompts/_config.yaml')).toBeUndefined();
    expect(idFromPath('.prompts/_partials/a.yaml')).toBeUndefined();
    expect(idFromPath('.prompts/notes.md')).toBeUndefined();
    expect(idFromPath('src/x.yaml')).toBeUndefined();
    expect(pathForNewId('a/b')).toBe('.prompts/a/b.yaml');
    expect(stripPromptExtension('A.YAML')).toBe('A');
  });
});

describe('partial names', () => {
  it.each(['footer', 'sig/short', '.hidden', '_x', 'with space', 'v1.2'])('accepts %j', (name) => {
    expect(partialNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', /empty/],
    ['../x', /"\." and "\.\." segments would lead out of \.prompts\/_partials\//],
    ['a/../../b', /would lead out/],
    ['./x', /would lead out/],
    ['a/..', /would lead out/],
    ['/etc/passwd', /absolute path/],
    ['C:/x', /absolute path/],
    ['a\\b', /use "\/" between folders/],
    ['..\\x', /use "\/" between folders/],
    ['a//b', /empty segment/],
    ['a/', /empty segment/],
    ['a\nb', /control character/],
    ['a\u0000b', /control character/],
  ])('refuses %j', (name, problem) => {
    expect(partialNameProblem(name)).toMatch(problem);
  });
});
