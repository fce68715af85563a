import { describe, expect, it } from 'vitest';
import { MIN_GIT_VERSION, isTooOld, parseGitVersion } from '../../../src/git/version.js';

describe('git --version', () => {
  it.each([
    ['git version 2.39.5', [2, 39, 5]],
    ['git version 2.37.1 (Apple Git-137.1)', [2, 37, 1]],
    ['git version 2.45.2.windows.1', [2, 45, 2]],
    ['git version 3.0', [3, 0, 0]],
    ['not git', undefined],
  ])('parses %j', (text, expected) => {
    expect(parseGitVersion(text)).toEqual(expected);
  });

  it.each([
    ['git version 2.30.9', true],
    ['git version 2.24.0', true],
    ['git version 1.9.5', true],
    [`git version ${MIN_GIT_VERSION}`, false],
    ['git version 2.31.1', false],
    ['git version 2.100.0', false],
    ['git version 3.0.0', false],
    ['garbage', false],
  ])('%s is too old: %s', (text, expected) => {
    expect(isTooOld(text)).toBe(expected);
  });
});
