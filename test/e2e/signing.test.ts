import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { isolatedGitEnv, scratchDir, type ScratchRepo } from '../helpers/gitdir.js';
import { failingSigner, gpgKey, sshKey } from '../helpers/gpg.js';
import { repoState } from '../helpers/repo-state.js';
import { edit, promptRepo, tags } from './release-fixture.js';

/** git run with the test's signing environment (the scratch keyring). */
function gitWith(repo: ScratchRepo, env: Record<string, string>, ...args: string[]): string {
  return execFileSync('git', args, { cwd: repo.dir, env: isolatedGitEnv(env), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A repository whose two prompts were released once and then both changed. */
function changedTwice(): ScratchRepo {
  const repo = promptRepo();
  expect(runCli(['release', '--all'], { cwd: repo.dir }).code).toBe(0);
  edit(repo, '.prompts/support/triage.yaml', 'temperature: 0.2', 'temperature: 0.4');
  edit(repo, '.prompts/summary.yaml', 'Summarizes', 'Summarises');
  return repo;
}

const NEW_TAGS = ['prompts/summary@1.0.1', 'prompts/support/triage@1.1.0'];

describe('release signs as git is told to', () => {
  it('signs every tag with tag.gpgSign and the commit with commit.gpgSign (OpenPGP)', () => {
    const gpg = gpgKey();
    const repo = changedTwice();
    repo.git('config', 'user.signingKey', gpg.key);
    repo.git('config', 'tag.gpgSign', 'true');
    repo.git('config', 'commit.gpgSign', 'true');
    const result = runCli(['release', '--all'], { cwd: repo.dir, env: gpg.env });
    expect(result).toMatchObject({ code: 0 });
    for (const tag of NEW_TAGS) {
      expect(() => gitWith(repo, gpg.env, 'verify-tag', tag)).not.toThrow();
      // The message is kept verbatim: its "###" headings are not stripped as comments.
      expect(repo.git('cat-file', 'tag', tag)).toMatch(/\n\n(summary@1\.0\.1|support\/triage@1\.1\.0)\n\n### (Fixes|Features)\n\n- .*\n-----BEGIN PGP SIGNATURE-----/s);
    }
    expect(() => gitWith(repo, gpg.env, 'verify-commit', 'HEAD')).not.toThrow();
    expect(repo.git('rev-parse', 'prompts/summary@1.0.1^{commit}')).toBe(repo.git('rev-parse', 'HEAD'));
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  const policies: Array<[string, Record<string, string>, boolean]> = [
    ['tag.gpgSign=true', { 'tag.gpgSign': 'true' }, true],
    ['tag.forceSignAnnotated=true (promptgit tags are annotated)', { 'tag.forceSignAnnotated': 'true' }, true],
    ['tag.gpgsign=yes (git booleans, any case of the key)', { 'tag.gpgsign': 'yes' }, true],
    ['tag.gpgSign=false', { 'tag.gpgSign': 'false' }, false],
    ['no signing config', {}, false],
  ];
  it.each(policies)('with %s the tags are %s', (_name, config, signed) => {
    const gpg = gpgKey();
    const repo = changedTwice();
    repo.git('config', 'user.signingKey', gpg.key);
    for (const [key, value] of Object.entries(config)) repo.git('config', key, value);
    expect(runCli(['release', '--all'], { cwd: repo.dir, env: gpg.env }).code).toBe(0);
    for (const tag of NEW_TAGS) expect(repo.git('cat-file', 'tag', tag).includes('-----BEGIN PGP SIGNATURE-----')).toBe(signed);
  });

  it('signs with an SSH key when gpg.format is ssh', () => {
    const ssh = sshKey();
    const repo = changedTwice();
    repo.git('config', 'gpg.format', 'ssh');
    repo.git('config', 'user.signingKey', ssh.key);
    repo.git('config', 'tag.gpgSign', 'true');
    expect(runCli(['release', '--all'], { cwd: repo.dir }).code).toBe(0);
    const allowed = path.join(scratchDir(), 'allowed_signers');
    writeFileSync(allowed, `signer@example.com ${execFileSync('cat', [ssh.publicKey], { encoding: 'utf8' })}`);
    for (const tag of NEW_TAGS) expect(repo.git('-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-tag', tag)).toBe('');
  });

  it('reads the signing policy from GIT_CONFIG_GLOBAL and GIT_CONFIG_COUNT as git does', () => {
    const repo = changedTwice();
    const global = path.join(scratchDir(), 'gitconfig');
    writeFileSync(global, `[gpg]\n\tprogram = ${failingSigner()}\n`);
    const env = { GIT_CONFIG_GLOBAL: global, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'tag.gpgSign', GIT_CONFIG_VALUE_0: 'true' };
    const before = repoState(repo);
    const result = runCli(['release', '--all'], { cwd: repo.dir, env });
    expect(result.stderr).toMatch(/^error: The release failed at "sign tags": git tag failed: .*gpg failed to sign the data/m);
    expect(result.code).toBe(2);
    expect(repoState(repo)).toEqual(before);
  });
});

describe('a signer that fails leaves the repository as it was', () => {
  it('when signing the second tag fails, the first tag, the commit, the files and the index are undone', () => {
    const gpg = gpgKey();
    const repo = changedTwice();
    // Signs once with the real gpg, then fails: a card pulled out half-way.
    const marker = path.join(scratchDir(), 'signed-once');
    const signer = path.join(scratchDir(), 'flaky-gpg');
    writeFileSync(signer, `#!/bin/sh\nif [ -e '${marker}' ]; then echo "gpg: card removed" >&2; exit 1; fi\ntouch '${marker}'\nexec gpg "$@"\n`);
    chmodSync(signer, 0o755);
    repo.git('config', 'user.signingKey', gpg.key);
    repo.git('config', 'tag.gpgSign', 'true');
    repo.git('config', 'gpg.program', signer);
    const before = repoState(repo);
    const result = runCli(['release', '--all'], { cwd: repo.dir, env: gpg.env });
    expect(result.stderr).toMatch(/^error: The release failed at "sign tags": git tag failed: gpg failed to sign the data\. The repository is back as it was before/m);
    expect(result.stderr).toMatch(/^hint: tag\.gpgSign \(or tag\.forceSignAnnotated\) is on and git could not sign/m);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(repoState(repo)).toEqual(before);
    expect(tags(repo)).not.toContain(NEW_TAGS[0]);
  });

  it('when commit.gpgSign cannot sign the release commit, nothing is committed or tagged', () => {
    const repo = changedTwice();
    repo.git('config', 'commit.gpgSign', 'true');
    repo.git('config', 'gpg.program', failingSigner());
    const before = repoState(repo);
    const result = runCli(['release', '--all'], { cwd: repo.dir });
    expect(result.stderr).toMatch(/^error: The release failed at "commit": git commit failed: gpg failed to sign the data\. The repository is back as it was before/m);
    expect(result.stderr).toMatch(/^hint: A commit hook, or the signer when commit\.gpgSign is on/m);
    expect(result.code).toBe(2);
    expect(repoState(repo)).toEqual(before);
  });
});
