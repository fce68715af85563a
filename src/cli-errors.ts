import { InternalError, ProblemsError, isPromptgitError, type PromptgitError } from './errors.js';
import { cliMessages } from './messages/cli.js';
import type { Reporter } from './output/reporter.js';
import { safeLine, safeText } from './output/sanitize.js';

/**
 * The one place errors become output and an exit code: expected errors print a
 * sentence and a hint; anything else is a bug. Stack traces only with --debug.
 */
export function reportError(error: unknown, reporter: Reporter, debug: boolean): number {
  const c = reporter.color;
  if (isPromptgitError(error) && !(error instanceof InternalError)) {
    // Messages quote keys, names and values from prompt files: their control characters are escaped.
    reportProblems(c.red('error:'), error, reporter);
    if (debug) reporter.err(c.dim(stackWithCauses(error)));
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  reporter.err(`${c.red('error:')} ${safeText(message)}`);
  reporter.err(cliMessages.internal);
  if (debug) reporter.err(c.dim(stackWithCauses(error)));
  else reporter.err(cliMessages.debugHint);
  return 2;
}

function stackWithCauses(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e !== undefined && parts.length < 5; e = e instanceof Error ? e.cause : undefined) {
    parts.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
  return parts.join('\nCaused by: ');
}

/** An expected error told as a warning (the command goes on): the same lines under `warning:`. */
export function reportWarning(error: PromptgitError, reporter: Reporter): void {
  reportProblems(reporter.color.yellow('warning:'), error, reporter);
}

function reportProblems(label: string, error: PromptgitError, reporter: Reporter): void {
  const c = reporter.color;
  reporter.err(`${label} ${safeText(error.message)}`);
  if (error instanceof ProblemsError) {
    for (const problem of error.problems) {
      const where = problem.file ? `${safeLine(problem.file)}${problem.line ? `:${problem.line}:${problem.column ?? 1}` : ''}  ` : '';
      reporter.err(`  ${c.dim(where)}${safeLine(problem.message)}`);
    }
  }
  if (error.hint) reporter.err(`${c.yellow('hint:')} ${safeText(error.hint)}`);
}
