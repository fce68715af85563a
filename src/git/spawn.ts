import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';
import { gitMessage, gitStats } from './client.js';
import { gitEnv } from './env.js';

/**
 * Runs `git <args>` in `cwd` and resolves with its stdout, without simple-git. The
 * pre-commit hook's queries come here: loading simple-git and its first call cost about as
 * much as all of the hook's git work, and simple-git waits 50 ms after a command that prints
 * nothing, which a query bounded by pathspecs or ref patterns does whenever nothing matches.
 */
export function spawnGit(cwd: string, args: readonly string[]): Promise<string> {
  gitStats.processes++;
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(new GitError(`Could not run git: ${error.message}`, { cause: error })));
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'));
      const stderr = Buffer.concat(err).toString('utf8').trim() || `git exited with code ${code}`;
      reject(new GitError(`git ${args[0]} failed: ${gitMessage(stderr)}`, { cause: new Error(stderr) }));
    });
  });
}
