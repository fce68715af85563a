import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { scratchDir } from './gitdir.js';

export interface SigningKey {
  /** Environment that makes gpg (and git's signing through it) use the scratch keyring. */
  env: Record<string, string>;
  /** What to set user.signingKey to. */
  key: string;
}

/**
 * A throwaway OpenPGP key (ed25519, no passphrase) in a scratch GNUPGHOME; its gpg-agent
 * is stopped when the test finishes. Needs gpg (the CI script installs gnupg).
 */
export function gpgKey(): SigningKey {
  const home = path.join(scratchDir('pg-gpg-'), 'g');
  mkdirSync(home, { mode: 0o700 });
  const env = { ...process.env, GNUPGHOME: home };
  const email = 'signer@example.com';
  try {
    execFileSync('gpg', ['--batch', '--passphrase', '', '--quick-gen-key', `Release Signer <${email}>`, 'ed25519', 'sign', 'never'], { env, stdio: 'pipe' });
  } catch (error) {
    throw new Error(`Could not make a test GPG key (is gnupg installed? .ci/run installs it): ${String(error)}`);
  }
  onTestFinished(() => {
    execFileSync('gpgconf', ['--kill', 'all'], { env, stdio: 'ignore' });
  });
  return { env: { GNUPGHOME: home }, key: email };
}

/** A throwaway SSH signing key; user.signingKey is its file. */
export function sshKey(): { key: string; publicKey: string } {
  const key = path.join(scratchDir('pg-ssh-'), 'key');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'signer@example.com', '-f', key], { stdio: 'pipe' });
  return { key, publicKey: `${key}.pub` };
}

/** A gpg.program that fails the way a missing card or a locked key does. */
export function failingSigner(): string {
  const file = path.join(scratchDir('pg-signer-'), 'gpg-that-fails');
  writeFileSync(file, '#!/bin/sh\necho "gpg: signing failed: No secret key" >&2\nexit 1\n');
  chmodSync(file, 0o755);
  return file;
}
