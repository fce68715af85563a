import { GitDirError, GitError, GitIdentityError, NoWorkTreeError, NotARepoError, UnsafeRepositoryError, type PromptgitError } from '../errors.js';
import { gitMessages as m } from '../messages/git.js';

/** A git process that exited with a failure: what it was asked, and what it said. */
export interface FailedRun {
  args: readonly string[];
  cwd: string;
  /** The exit code, or null when a signal stopped git. */
  code: number | null;
  signal?: string | null;
  stderr: string;
  /** GIT_DIR as git saw it, if set. */
  gitDir?: string;
}

/**
 * The line of git's stderr that says what went wrong: the first "fatal:" or "error:"
 * line (GIT_TRACE output and hints come before or after it), else the first line.
 */
export function firstGitLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const line = lines.find((l) => /^(fatal|error): /.test(l)) ?? lines[0] ?? '';
  return line.replace(/^(fatal|error): /, '');
}

/** Messages that an older git prints for an option or argument it does not know yet. */
const UNKNOWN_OPTION = /unknown option|unknown switch|unrecognized argument|invalid option|bad revision '--end-of-options'|ambiguous argument '--end-of-options'|^usage: git /m;

/** What git says when it has no name or email to write into a commit or tag (and may not guess one). */
const NO_IDENTITY = /Please tell me who you are|unable to auto-detect email address|empty ident name|no email was given and auto-detection is disabled|no name was given and auto-detection is disabled/;

/** Whether the failure is one that a git older than promptgit needs would explain. */
export function mayBeOldGit(stderr: string): boolean {
  return UNKNOWN_OPTION.test(stderr);
}

/**
 * Turns a failed git run into the error that names its cause: not a repository, no work
 * tree, a GIT_DIR (or .git file) that points nowhere, a repository git does not trust,
 * or else git's own first line. The text is git's in the C locale (see env.ts).
 */
export function classifyFailure(run: FailedRun): PromptgitError {
  const { stderr, cwd } = run;
  // --debug prints the cause: the whole command and all git said.
  const details = { cause: new Error(`git ${run.args.join(' ')} (in ${cwd}) exited with ${run.code ?? run.signal}${stderr.trim() ? `:\n${stderr.trim()}` : ''}`) };
  const unsafe = /detected dubious ownership in repository at '(.+)'/.exec(stderr) ?? /unsafe repository \('(.+)' is owned by someone else\)/.exec(stderr);
  if (unsafe) return new UnsafeRepositoryError(m.unsafe(unsafe[1]!), { hint: m.unsafeHint(unsafe[1]!), ...details });
  if (/not a git repository \(or any (of the parent directories|parent up to mount point)/.test(stderr)) return new NotARepoError(m.notARepo(cwd), { hint: m.notARepoHint, ...details });
  const gitDir = /not a git repository: '?([^'\n]+)'?/.exec(stderr) ?? /invalid gitfile format: (.+)/.exec(stderr);
  if (gitDir) {
    return run.gitDir ? new GitDirError(m.gitDirMissing(run.gitDir), { hint: m.gitDirMissingHint, ...details }) : new GitDirError(m.gitFileMissing(gitDir[1]!.trim()), { hint: m.gitFileMissingHint, ...details });
  }
  if (NO_IDENTITY.test(stderr)) return new GitIdentityError(m.noIdentity, { hint: m.noIdentityHint, ...details });
  if (/must be run in a work tree/.test(stderr)) return new NoWorkTreeError(m.noWorkTree(cwd), { hint: m.noWorkTreeHint, ...details });
  const line = run.code === null && run.signal ? m.stopped(run.signal) : firstGitLine(stderr) || `exit code ${run.code}`;
  return new GitError(m.failed(run.args.find((a) => !a.startsWith('-')) ?? 'git', line), { hint: m.failedHint, ...details });
}
