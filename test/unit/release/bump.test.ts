import { describe, expect, it } from 'vitest';
import { isLowerBump, nextVersion, preIdProblem, requiredBump } from '../../../src/release/bump.js';

describe('requiredBump', () => {
  it.each([
    ['breaking', '1.2.3', 'major'],
    ['feature', '1.2.3', 'minor'],
    ['fix', '1.2.3', 'patch'],
    ['breaking', '0.4.1', 'minor'],
    ['feature', '0.4.1', 'minor'],
    ['fix', '0.4.1', 'patch'],
  ] as const)('%s from %s is %s', (level, current, bump) => {
    expect(requiredBump(level, current)).toBe(bump);
  });
  it('orders bumps', () => {
    expect(isLowerBump('patch', 'minor')).toBe(true);
    expect(isLowerBump('major', 'minor')).toBe(false);
    expect(isLowerBump('minor', 'minor')).toBe(false);
  });
});

describe('nextVersion', () => {
  it.each([
    [undefined, 'minor', undefined, '1.0.0', '1.0.0'],
    [undefined, 'major', undefined, '0.1.0', '0.1.0'],
    [undefined, 'major', 'rc', '1.0.0', '1.0.0-rc.0'],
    ['1.2.3', 'major', undefined, '1.0.0', '2.0.0'],
    ['1.2.3', 'minor', undefined, '1.0.0', '1.3.0'],
    ['1.2.3', 'patch', undefined, '1.0.0', '1.2.4'],
    ['1.2.3', 'minor', 'rc', '1.0.0', '1.3.0-rc.0'],
    ['1.3.0-rc.0', 'minor', 'rc', '1.0.0', '1.3.0-rc.1'],
    ['1.3.0-rc.1', 'patch', 'rc', '1.0.0', '1.3.0-rc.2'],
    ['1.3.0-rc.1', 'major', 'rc', '1.0.0', '2.0.0-rc.0'],
    ['1.3.0-rc.1', 'minor', undefined, '1.0.0', '1.3.0'],
  ] as const)('%s + %s (pre %s) is %s', (current, bump, pre, initialVersion, expected) => {
    expect(nextVersion({ current, bump, pre, initialVersion })).toBe(expected);
  });
  it('checks pre-release identifiers', () => {
    expect(preIdProblem('rc')).toBeUndefined();
    expect(preIdProblem('rc.1')).toMatch(/letters, digits/);
    expect(preIdProblem('7')).toMatch(/needs a letter/);
  });
});
