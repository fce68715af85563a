import type { ParsedPrompt } from '../core/parse.js';
import { resolveRoot } from '../store/root.js';
import type { RuleSettings } from './config.js';
import type { Concurrency } from './parallel.js';
import type { LintInput } from './sources.js';
import { stagedInput } from './staged-input.js';
import type { LintResult } from './types.js';

export interface LintOptions {
  /** The repository root, when known; otherwise found from `cwd`. */
  root?: string;
  /** Where relative arguments are resolved from; defaults to the process's working directory. */
  cwd?: string;
  /** Prompt ids, prompt file paths or folders; all prompts when empty. */
  ids?: readonly string[];
  /** Lint the index (what the next commit contains) instead of the working tree. */
  staged?: boolean;
  /** Apply the fixes of fixable rules to the working tree (not with `staged`). */
  fix?: boolean;
  /** Working-tree prompts the caller has already parsed (release does), by file: not read again. */
  parsed?: ReadonlyMap<string, ParsedPrompt>;
  /** Lint this text as if it were the working tree's file (a path from `cwd`), alone: eslint's --stdin. */
  stdin?: { filename: string; text: string };
  /** Worker threads: a number of threads, `off`, or `auto` (the default: one thread per 1,500 prompts, at least one, at most the number of CPUs). */
  concurrency?: Concurrency;
}

export interface LintReport {
  root: string;
  /** One result per file linted, sorted by file; files without findings have no messages. */
  results: LintResult[];
  errorCount: number;
  warningCount: number;
  /** Files --fix rewrote. */
  fixedFiles: string[];
  /** The rule settings the run used. */
  settings: RuleSettings;
  /** How many threads linted prompts (see `concurrency`). */
  threads: number;
  /** How many prompts were linted (files with only file-level problems not counted). */
  prompts: number;
  /** What the run skipped and why (a deleted prompt named, paths that are not prompts), for stderr. */
  notes: string[];
}

/** Handled now, awaited later: a failure seen first elsewhere must not leave it unhandled. */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * Lints the prompts of a repository: the working tree, or the index with `staged`. Never
 * throws for problems in prompts (they are the results); throws a ProblemsError for an
 * invalid lint config and an InputError for an argument that names nothing git ever had.
 */
export async function lintWorkspace(options: LintOptions = {}): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  // The working tree's run lists the tags (for version-consistency) while git finds the root:
  // two short processes side by side, not one after the other. Unused when the rule is off.
  const tags = options.staged ? undefined : import('../store/releases.js').then(({ readTagRefs }) => readTagRefs(options.root ?? cwd)).catch(() => undefined);
  const rootFound = later(resolveRoot({ cwd, ...(options.root ? { root: options.root } : {}) }));
  const args = options.ids ?? [];
  // --staged asks git what is staged while it finds the root: git answers from any folder.
  const input: Promise<LintInput> = later(
    options.stdin
      ? import('./stdin-input.js').then(async ({ stdinInput }) => stdinInput(await rootFound, cwd, options.stdin!.filename, options.stdin!.text))
      : options.staged
        ? stagedInput(rootFound, options.root ?? cwd, cwd, args)
        : import('./sources.js').then(async ({ workingTreeInput }) => workingTreeInput(await rootFound, cwd, args)),
  );
  // The linter (rules, schema, parsers) loads while git answers: in a pre-commit run, loading
  // modules and waiting for git are most of the time, and neither needs the other.
  const linter = later(import('./lint-input.js'));
  return (await linter).lintInput(await rootFound, await input, options, tags);
}
