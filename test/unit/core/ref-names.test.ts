import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { idProblem } from '../../../src/core/ids.js';
import { refNameProblem, tagPrefixProblem } from '../../../src/core/ref-names.js';

/** What the real git says of a full ref name: the pure rules must agree with it. */
function gitAccepts(name: string): boolean {
  const result = spawnSync('git', ['check-ref-format', name], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return result.status === 0;
}

// Parts of names, each next to what git accepts and refuses around it (git check-ref-format(1)).
const NAMES = [
  'prompts/a@1.0.0', 'prompts/support/triage@2.1.0-rc.1+build.5', 'a.lock@1.0.0', 'x/a.lock@1', 'a./b@1', 'v1.2_x-y@1',
  'a..b@1', 'a/.b@1', '.a@1', 'a.lock/b@1', 'a/b.lock', 'a.', 'a/', '/a', 'a//b', 'a@{b', 'a@b', '@', 'a{b', 'a}b',
  'a b', 'a~b', 'a^b', 'a:b', 'a?b', 'a*b', 'a[b', 'a]b', 'a\\b', 'a\tb', 'a\x1bb', 'a\x7fb', 'a\x01', 'é@1', '--exec@1',
  'a+b,c;d=e!f@1', 'a#b', "a'b", 'a"b', 'a%b', 'a&b', 'a|b', 'a<b>', '.', '..', 'a/..', 'a/...b', 'a.lock.lock', 'a/b./c',
];

describe('refNameProblem', () => {
  it.each(NAMES)('agrees with git check-ref-format on refs/tags/%j', (name) => {
    const full = `refs/tags/${name}`;
    expect(refNameProblem(full) === undefined, refNameProblem(full) ?? 'accepted').toBe(gitAccepts(full));
  });
});

describe('ids and tag prefixes as parts of release tags', () => {
  it.each([
    ['a..b', 'it has "..", which git does not allow in a tag name'],
    ['team.lock/triage', 'a part of it between slashes ends with ".lock", which git does not allow in a tag name'],
  ])('refuses the id %j: %s', (id, why) => {
    expect(idProblem(id)).toBe(why);
    expect(gitAccepts(`refs/tags/prompts/${id}@1.0.0`)).toBe(false);
  });

  it('accepts ids whose tags git accepts', () => {
    for (const id of ['a.lock', 'a.', 'v1.2_x-y', 'support/triage', 'a./b']) {
      expect(idProblem(id), id).toBeUndefined();
      expect(gitAccepts(`refs/tags/prompts/${id}@1.0.0`), id).toBe(true);
    }
  });

  it('refuses a prefix git would read as an option, and ones git cannot put in a tag', () => {
    expect(tagPrefixProblem('--exec')).toBe('it starts with "-", so git would read the tag name as an option');
    expect(tagPrefixProblem('-')).toBe('it starts with "-", so git would read the tag name as an option');
    expect(tagPrefixProblem('a..b/')).toBe('it has "..", which git does not allow in a tag name');
    expect(tagPrefixProblem('/p/')).toBe('it has an empty part between slashes ("//", or a "/" at the start or the end)');
    expect(tagPrefixProblem('x.lock/')).toBe('a part of it between slashes ends with ".lock", which git does not allow in a tag name');
    expect(tagPrefixProblem('.p/')).toBe('a part of it between slashes starts with ".", which git does not allow in a tag name');
    for (const prefix of ['', 'prompts/', 'v', 'team/prompts-', 'p.']) expect(tagPrefixProblem(prefix), prefix).toBeUndefined();
  });
});
