import { describe, expect, it } from 'vitest';
import { loadPrompt } from '../../../src/index.js';
import { gitdir } from '../../helpers/gitdir.js';

const text = (temperature: number, version: string) => `name: T\nversion: ${version}\nmodelParameters:\n  temperature: ${temperature}\nmessages:\n  - role: user\n    content: "{{> greet}} {{x}}"\n`;

/** Releases 1.0.0, 1.2.0, 1.3.0-rc.0 and 2.0.0 of "triage", each with its own partial text. */
function releasedRepo() {
  const repo = gitdir({ '.prompts/triage.yaml': text(0.1, '1.0.0'), '.prompts/_partials/greet.md': 'Hello v1' });
  repo.git('tag', '-a', 'prompts/triage@1.0.0', '-m', 'r');
  const release = (t: number, version: string) => {
    repo.write({ '.prompts/triage.yaml': text(t, version), '.prompts/_partials/greet.md': `Hello ${version}` });
    repo.commit(version);
    repo.git('tag', '-a', `prompts/triage@${version}`, '-m', 'r');
  };
  release(0.2, '1.2.0');
  release(0.3, '1.3.0-rc.0');
  release(0.4, '2.0.0');
  release(0.5, '2.1.0-rc.0');
  repo.write({ '.prompts/triage.yaml': text(0.9, '2.1.0-rc.0') });
  return repo;
}

describe('loadPrompt(id, { version })', () => {
  it.each([
    ['1.2.0', '1.2.0', 0.2, 'Hello 1.2.0'],
    ['^1.0', '1.2.0', 0.2, 'Hello 1.2.0'],
    ['~1.0.0', '1.0.0', 0.1, 'Hello v1'],
    ['1.x', '1.2.0', 0.2, 'Hello 1.2.0'],
    ['>=1.3.0-rc.0 <2', '1.3.0-rc.0', 0.3, 'Hello 1.3.0-rc.0'],
    ['latest', '2.0.0', 0.4, 'Hello 2.0.0'],
    ['2.1.0-rc.0', '2.1.0-rc.0', 0.5, 'Hello 2.1.0-rc.0'],
  ])('resolves %s to %s, with the partials of that release', async (version, resolved, temperature, partial) => {
    const repo = releasedRepo();
    const prompt = await loadPrompt('triage', { cwd: repo.dir, version });
    // Typed: with { version } the result has a version and a tag (a string, not string | undefined).
    const tag: string = prompt.tag;
    expect(tag).toBe(`prompts/triage@${resolved}`);
    expect(prompt).toMatchObject({ version: resolved, tag: `prompts/triage@${resolved}` });
    expect(prompt.data.modelParameters?.temperature).toBe(temperature);
    expect(prompt.partials.get('greet')).toBe(partial);
  });

  it('reads the working tree without a version', async () => {
    const prompt = await loadPrompt('triage', { cwd: releasedRepo().dir });
    expect(prompt.data.modelParameters?.temperature).toBe(0.9);
  });

  it.each([
    ['^3', /^No release of "triage" matches "\^3"\.$/, /Its releases: 2\.1\.0-rc\.0, 2\.0\.0, 1\.3\.0-rc\.0, 1\.2\.0, 1\.0\.0\./],
    ['9.9.9', /9\.9\.9/, /2\.0\.0/],
    ['banana', /^"banana" is not a version, a semver range or "latest"\.$/, /\^1\.2/],
  ])('refuses %s with a clear error', async (version, message, hint) => {
    const error = (await loadPrompt('triage', { cwd: releasedRepo().dir, version }).catch((e: unknown) => e)) as Error & { hint?: string; exitCode: number };
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(hint);
    expect(error.exitCode).toBe(2);
  });

  it('gives the version of the state it read: the version field at a commit, the version and tag at a release', async () => {
    const repo = releasedRepo();
    const atCommit = await loadPrompt('triage@HEAD~1', { cwd: repo.dir });
    expect(atCommit).toMatchObject({ version: '2.0.0', ref: 'triage@HEAD~1', commit: repo.git('rev-parse', 'HEAD~1').trim() });
    expect(atCommit.tag).toBeUndefined();
    expect(await loadPrompt('triage@1.2.0', { cwd: repo.dir })).toMatchObject({ version: '1.2.0', tag: 'prompts/triage@1.2.0' });
    expect(await loadPrompt('triage@latest', { cwd: repo.dir })).toMatchObject({ version: '2.0.0', tag: 'prompts/triage@2.0.0' });
    const loaded = await loadPrompt('triage', { cwd: repo.dir });
    // Plain data: no parser objects in what an app holds.
    expect(Object.keys(loaded).sort()).toEqual(['contract', 'data', 'file', 'id', 'partials', 'ref', 'text', 'version']);
    expect(JSON.parse(JSON.stringify({ ...loaded, partials: [...loaded.partials], contract: [...loaded.contract] })).data.name).toBe('T');
  });
});
