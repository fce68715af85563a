import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { GitError, GitMissingError, GitVersionError, NotARepoError, type PromptgitError } from '../errors.js';
import { gitMessages as m } from '../messages/git.js';
import { gitEnv } from './env.js';
import { classifyFailure, mayBeOldGit, type FailedRun } from './failure.js';
import { MIN_GIT_VERSION, isTooOld, parseGitVersion } from './version.js';

export interface RunOptions {
  /** Written to git's standard input (otherwise it reads nothing). */
  input?: string | Buffer;
  /** Exit codes that answer the question rather than report a failure (1 for `rev-parse --verify --quiet`). */
  answers?: readonly number[];
  /** Takes stdout as it arrives instead of buffering it (the result's stdout is then empty). */
  onStdout?: (chunk: Buffer) => void;
}

export interface GitOutput {
  stdout: Buffer;
  code: number;
}

/** Counts the git processes this process started; the benchmarks read it. */
export const gitStats = { processes: 0 };

interface Finished {
  stdout: Buffer;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

function spawnGit(cwd: string, args: readonly string[], input: string | Buffer | undefined, onStdout?: (chunk: Buffer) => void): Promise<Finished> {
  gitStats.processes++;
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env: gitEnv(), stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => (onStdout ? onStdout(chunk) : out.push(chunk)));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code, signal }));
    if (input !== undefined) {
      // git may exit before reading all of it (a bad repository): its exit code says why.
      child.stdin!.on('error', () => undefined);
      child.stdin!.end(input);
    }
  });
}

/** Why git could not even start: the folder is gone, or there is no git. */
function startFailure(cwd: string, error: unknown): PromptgitError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' && !existsSync(cwd)) return new NotARepoError(m.cwdMissing(cwd), { hint: m.cwdMissingHint, cause: error });
  if (code === 'ENOENT') return new GitMissingError(m.missing, { hint: m.missingHint(MIN_GIT_VERSION), cause: error });
  return new GitError(m.cannotRun(error instanceof Error ? error.message : String(error)), { hint: m.missingHint(MIN_GIT_VERSION), cause: error });
}

let versionText: Promise<string> | undefined;

/**
 * An old git fails on an option it does not know; asking its version costs a process,
 * so it is asked only then, once per run, never on the way of a command that works.
 */
async function failure(run: FailedRun): Promise<PromptgitError> {
  if (mayBeOldGit(run.stderr)) {
    versionText ??= spawnGit(run.cwd, ['--version'], undefined).then((r) => r.stdout.toString('utf8'), () => '');
    const text = await versionText;
    if (isTooOld(text)) return new GitVersionError(m.tooOld(parseGitVersion(text)!.join('.'), MIN_GIT_VERSION), { hint: m.tooOldHint(MIN_GIT_VERSION), cause: new Error(run.stderr) });
  }
  return classifyFailure(run);
}

/**
 * Runs `git <args>` in `cwd`: every git process promptgit starts goes through here, with
 * the user's environment (see env.ts). Resolves with the raw stdout; a failure rejects
 * with the typed error naming its cause (see failure.ts). Callers put user-supplied paths
 * after `--`, revisions after `--end-of-options`, and never pass a user string where git
 * could read it as an option.
 */
export async function execGit(cwd: string, args: readonly string[], options: RunOptions = {}): Promise<GitOutput> {
  let done: Finished;
  try {
    done = await spawnGit(cwd, args, options.input, options.onStdout);
  } catch (error) {
    throw startFailure(cwd, error);
  }
  if (done.code === 0 || (done.code !== null && options.answers?.includes(done.code))) return { stdout: done.stdout, code: done.code };
  throw await failure({ args, cwd, code: done.code, signal: done.signal, stderr: done.stderr, gitDir: process.env.GIT_DIR ? path.resolve(process.env.GIT_DIR) : undefined });
}

/** Runs `git <args>` in `cwd` and returns its stdout as text. */
export async function runGit(cwd: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  return (await execGit(cwd, args, options)).stdout.toString('utf8');
}

/** The message of an error from git, without "fatal: " (for sentences that quote it). */
export function gitMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.replace(/^(fatal|error): /, '').trim();
}
