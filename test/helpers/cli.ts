import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isolatedGitEnv } from './gitdir.js';

export const BIN = fileURLToPath(new URL('../../bin/promptgit.js', import.meta.url));
const DIST = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

/** Spawns the built bin with NO_COLOR=1 and returns its output and exit code. */
export function runCli(args: readonly string[], options: { cwd: string; input?: string; env?: Record<string, string> }): CliResult {
  if (!existsSync(DIST)) throw new Error('dist/cli.js is missing: run "npm run build" before the e2e tests (npm test does).');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: isolatedGitEnv({ NO_COLOR: '1', ...options.env }),
    input: options.input ?? '',
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, code: result.status ?? -1 };
}
