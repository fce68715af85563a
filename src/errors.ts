/**
 * The error model. Core code throws these and never prints or exits; the CLI entry
 * maps them to a message on stderr and an exit code (2: could not run).
 */
export interface ErrorDetails {
  /** What the user should do next, printed on its own line. */
  hint?: string;
  cause?: unknown;
}

/** An expected failure: one sentence saying what happened, plus a hint. Exit code 2. */
export class PromptgitError extends Error {
  readonly exitCode: number = 2;
  /** A stable name of the kind of failure, for code that handles errors: `usage`, `not-a-repo`, `git`, `input`, `problems`, `internal`. */
  readonly code: string = 'error';
  readonly hint?: string;
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.hint = details.hint;
  }
}

/** Bad command-line usage: an unknown option value, an invalid id, a conflicting flag. */
export class UsageError extends PromptgitError {
  override readonly code: string = 'usage';
}

/** The working directory is not inside a git work tree. */
export class NotARepoError extends PromptgitError {
  override readonly code: string = 'not-a-repo';
}

/** A git command failed, or a ref the user named does not exist. */
export class GitError extends PromptgitError {
  override readonly code: string = 'git';
}

/** A bare repository, or a .git folder: git is there but there is no work tree to read prompts from. */
export class NoWorkTreeError extends GitError {}

/** GIT_DIR (or a .git file) names a folder that is not a git repository. */
export class GitDirError extends GitError {}

/** git refuses the repository because another user owns it (its `safe.directory` check). */
export class UnsafeRepositoryError extends GitError {}

/** git does not know who the user is (no user.name or user.email), so it cannot commit or tag. */
export class GitIdentityError extends GitError {}

/** No git on PATH. */
export class GitMissingError extends GitError {}

/** The installed git is older than promptgit needs. */
export class GitVersionError extends GitError {}

/** Where an input problem is, when it is in a file. */
export interface InputDetails extends ErrorDetails {
  file?: string;
  line?: number;
}

/** A file the command needs is missing, unreadable or invalid. */
export class InputError extends PromptgitError {
  override readonly code: string = 'input';
  readonly file?: string;
  readonly line?: number;
  constructor(message: string, details: InputDetails = {}) {
    super(message, details);
    this.file = details.file;
    this.line = details.line;
  }
}

/** One problem in a list of problems reported together (config entries, render variables). */
export interface Problem {
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** Several problems found at once, reported together rather than one per run. */
export class ProblemsError extends PromptgitError {
  override readonly code: string = 'problems';
  constructor(
    message: string,
    readonly problems: Problem[],
    details: ErrorDetails = {},
  ) {
    super(message, details);
  }
}

/** A bug in promptgit itself: the CLI says so and how to report it. */
export class InternalError extends PromptgitError {
  override readonly code: string = 'internal';
}

export function isPromptgitError(error: unknown): error is PromptgitError {
  return error instanceof PromptgitError;
}

/** A model provider failed after its retries, or a replay found no recorded answer. Exit code 3. */
export class ProviderError extends PromptgitError {
  override readonly exitCode: number = 3;
  override readonly code: string = 'provider';
}
