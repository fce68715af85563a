import { describe, expect, it } from 'vitest';
import { isRange, parseRef, withoutTagPrefix } from '../../../src/core/refs.js';

describe('parseRef targets', () => {
  it.each([
    ['triage@^1', { kind: 'range', range: '^1' }],
    ['triage@~1.2', { kind: 'range', range: '~1.2' }],
    ['triage@1.x', { kind: 'range', range: '1.x' }],
    ['triage@1.2.0', { kind: 'version', version: '1.2.0' }],
    ['triage@latest', { kind: 'latest' }],
    ['triage@HEAD~3', { kind: 'rev', rev: 'HEAD~3' }],
    // Spelled like a short version, but a branch or tag may have that name: a revision.
    ['triage@1.2', { kind: 'rev', rev: '1.2' }],
    ['triage@v1.0', { kind: 'rev', rev: 'v1.0' }],
    ['triage@1234567', { kind: 'rev', rev: '1234567' }],
  ])('%s', (text, at) => {
    expect(parseRef(text).at).toEqual(at);
  });

  it('a range needs an operator or a wildcard', () => {
    expect(['^1', '>=1.2.0', '1.x', '*'].map(isRange)).toEqual([true, true, true, true]);
    expect(['1', '1.2', 'main', 'HEAD^', '1.2.0'].map(isRange)).toEqual([false, false, false, false, false]);
  });
});

describe('withoutTagPrefix', () => {
  it('reads a release tag name as the release of its prompt', () => {
    expect(withoutTagPrefix(parseRef('prompts/support/triage@1.0.0'), 'prompts/')).toEqual({ id: 'support/triage', at: { kind: 'version', version: '1.0.0' }, text: 'support/triage@1.0.0' });
  });

  it('leaves revisions, other prefixes and the bare prefix alone', () => {
    for (const text of ['prompts/triage@HEAD', 'prompts/triage', 'other/triage@1.0.0']) expect(withoutTagPrefix(parseRef(text), 'prompts/')).toEqual(parseRef(text));
    expect(withoutTagPrefix(parseRef('triage@1.0.0'), '')).toEqual(parseRef('triage@1.0.0'));
  });
});
