import type { SimpleGit } from 'simple-git';
import { GitError } from '../errors.js';
import { PASSED_GIT_VARIABLES, gitEnv } from './env.js';

export interface RunOptions {
  /** Written to git's standard input. */
  input?: string | Buffer;
}

/** Counts the git processes this process started; the benchmarks read it. */
export const gitStats = { processes: 0 };

let simpleGitModule: Promise<typeof import('simple-git')> | undefined;

async function client(baseDir: string, input?: string | Buffer): Promise<SimpleGit> {
  simpleGitModule ??= import('simple-git');
  const { simpleGit } = await simpleGitModule;
  const instance = simpleGit({
    baseDir,
    allowEnvironment: [...PASSED_GIT_VARIABLES, 'GIT_TERMINAL_PROMPT'],
    // simple-git treats a non-zero exit with an empty stderr as success (its issues
    // #438 and #1038): every non-zero exit must be an error here.
    errors(error, result) {
      if (error) return error;
      if (result.exitCode === 0) return undefined;
      const stderr = Buffer.concat(result.stdErr).toString('utf8').trim();
      return new Error(stderr || `git exited with code ${result.exitCode}`);
    },
    ...(input === undefined ? {} : { input: () => input }),
  });
  return instance.env(gitEnv());
}

/** The first line of git's own message, without its "fatal: " prefix. */
export function gitMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n').find((l) => l.trim() !== '') ?? text;
  return line.replace(/^(fatal|error): /, '').trim();
}

/**
 * Runs `git <args>` in `cwd` and returns its stdout.
 *
 * simple-git waits 50 ms after a git command that printed nothing (its completion plugin
 * makes sure no late output is lost), so the queries on hot paths ask git for a line that is
 * always there (a branch, the status header) rather than an output that may be empty. Callers put user-supplied paths after
 * `--` and never pass a user string where git could read it as an option.
 */
export async function runGit(cwd: string, args: readonly string[], options: RunOptions = {}): Promise<string> {
  const git = await client(cwd, options.input);
  gitStats.processes++;
  try {
    return await git.raw([...args]);
  } catch (error) {
    throw new GitError(`git ${args[0]} failed: ${gitMessage(error)}`, { cause: error });
  }
}
