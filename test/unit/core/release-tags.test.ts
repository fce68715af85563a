import { describe, expect, it } from 'vitest';
import { findRelease, formatTagName, latestRelease, parseTagName, releasesById, type ReleaseTag } from '../../../src/core/release-tags.js';
import { readReleaseTags } from '../../../src/store/index.js';
import { gitdir } from '../../helpers/gitdir.js';

const release = (id: string, version: string): ReleaseTag => ({ id, version, tag: `prompts/${id}@${version}`, commit: 'c', date: '' });

describe('release tag names', () => {
  it('formats and parses <prefix><id>@<version>', () => {
    expect(formatTagName('prompts/', 'support/triage', '1.2.0')).toBe('prompts/support/triage@1.2.0');
    expect(parseTagName('prompts/', 'prompts/support/triage@1.2.0')).toEqual({ id: 'support/triage', version: '1.2.0' });
    expect(parseTagName('', 'triage@2.0.0-rc.1')).toEqual({ id: 'triage', version: '2.0.0-rc.1' });
  });

  it.each(['v1.2.0', 'prompts/triage', 'prompts/triage@1.2', 'prompts/triage@v1.2.0', 'prompts/@1.0.0', 'prompts/_partials/x@1.0.0', 'other/triage@1.0.0'])('ignores %s', (name) => {
    expect(parseTagName('prompts/', name)).toBeUndefined();
  });

  it('picks the latest by semver, skipping prereleases unless only prereleases exist', () => {
    const list = [release('a', '1.2.0'), release('a', '1.10.0'), release('a', '2.0.0-rc.1'), release('b', '0.1.0-beta.1'), release('b', '0.1.0-beta.2')];
    expect(latestRelease(list, 'a')?.version).toBe('1.10.0');
    expect(latestRelease(list, 'b')?.version).toBe('0.1.0-beta.2');
    expect(latestRelease(list, 'c')).toBeUndefined();
    expect(findRelease(list, 'a', '1.2.0')?.tag).toBe('prompts/a@1.2.0');
    expect(releasesById(list).get('a')!.map((r) => r.version)).toEqual(['2.0.0-rc.1', '1.10.0', '1.2.0']);
  });
});

describe('readReleaseTags', () => {
  it('reads lightweight and annotated tags with the commit each points at', () => {
    const repo = gitdir({ 'a.txt': '1' });
    const first = repo.git('rev-parse', 'HEAD').trim();
    repo.git('tag', 'prompts/support/triage@1.0.0');
    repo.write({ 'a.txt': '2' });
    const second = repo.commit('two');
    repo.git('tag', '-a', '-m', 'release', 'prompts/support/triage@1.1.0');
    repo.git('tag', 'v9.9.9');
    repo.git('tag', 'prompts/not-a-release');
    return readReleaseTags(repo.dir, 'prompts/').then((tags) => {
      expect(tags.map((t) => [t.id, t.version, t.commit])).toEqual([
        ['support/triage', '1.0.0', first],
        ['support/triage', '1.1.0', second],
      ]);
      expect(tags[0]!.date).toMatch(/^\d{4}-\d\d-\d\dT/);
    });
  });
});
