import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROMPTS_DIR } from '../core/ids.js';
import { UsageError } from '../errors.js';
// Not the lint index: the linter loads inside lintWorkspace, while git reads what to lint.
import { FORMAT_NAMES } from '../lint/formatters/index.js';
import { lintWorkspace } from '../lint/workspace.js';
import type { LintReport } from '../lint/workspace.js';
import type { Concurrency } from '../lint/parallel.js';
import type { LintResult } from '../lint/types.js';
import { lintMessages } from '../messages/lint.js';
import type { CommandContext } from './context.js';

export interface LintCommandOptions extends CommandContext {
  targets: string[];
  staged?: boolean;
  format?: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  fix?: boolean;
  concurrency?: string;
  /** eslint's --stdin: lint standard input as the file --stdin-filename names. */
  stdin?: boolean;
  stdinFilename?: string;
  /** Reads standard input (tests pass text). */
  readStdin?: () => string;
}

/** `--concurrency`: a positive number of threads, `auto` or `off`. */
function parseConcurrency(value: string | undefined): Concurrency {
  const text = (value ?? 'auto').trim();
  if (text === 'auto' || text === 'off') return text;
  if (/^\d+$/.test(text) && Number(text) >= 1) return Number(text);
  throw new UsageError(lintMessages.badConcurrency(value ?? ''));
}

/** `--max-warnings`: a whole number of 0 or more, or -1 for no limit (eslint's default). */
function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  const text = value.trim();
  if (!/^(\d+|-1)$/.test(text)) throw new UsageError(lintMessages.badMaxWarnings(value));
  return Number(text);
}

function errorsOnly(results: LintResult[]): LintResult[] {
  return results.map((r) => {
    const messages = r.messages.filter((m) => m.severity === 'error');
    return { ...r, messages, warningCount: 0, fixableCount: messages.filter((m) => m.fix).length };
  });
}

function cleanLine(report: LintReport, options: LintCommandOptions): string {
  if (report.prompts > 0) return lintMessages.clean(report.prompts);
  if (options.targets.length > 0) return lintMessages.noPrompts;
  if (options.staged) return lintMessages.noStagedPrompts;
  // A repository that configured its folders has set up promptgit, even if .prompts/ went away.
  return existsSync(path.join(report.root, PROMPTS_DIR)) ? lintMessages.noPrompts : lintMessages.noPromptsFolder;
}

/** The text and file name of --stdin, checked: the two flags go together and stand alone. */
function stdinOption(options: LintCommandOptions): { filename: string; text: string } | undefined {
  if (!options.stdin && options.stdinFilename === undefined) return undefined;
  if (!options.stdin || options.stdinFilename === undefined || options.targets.length > 0 || options.staged || options.fix) throw new UsageError(lintMessages.stdinUsage, { hint: lintMessages.stdinUsageHint });
  return { filename: options.stdinFilename, text: (options.readStdin ?? (() => readFileSync(0, 'utf8')))() };
}

/** `promptgit lint`: exit 0 clean (or warnings within --max-warnings), 1 problems, 2 could not run. */
export async function lint(options: LintCommandOptions): Promise<number> {
  const { reporter } = options;
  const format = options.format ?? 'stylish';
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(lintMessages.unknownFormat(format, FORMAT_NAMES.join(', ')));
  if (options.fix && options.staged) throw new UsageError(lintMessages.fixWithStaged, { hint: lintMessages.fixWithStagedHint });
  const maxWarnings = parseMaxWarnings(options.maxWarnings);
  const concurrency = parseConcurrency(options.concurrency);
  const stdin = stdinOption(options);
  const report = await lintWorkspace({ cwd: options.cwd, ids: options.targets, staged: options.staged ?? false, fix: options.fix ?? false, concurrency, ...(stdin ? { stdin } : {}) });
  // Warnings --quiet hides still count against --max-warnings, as in eslint: hiding them must not pass a gate.
  const warningCount = report.warningCount;
  if (options.quiet) {
    report.results = errorsOnly(report.results);
    report.warningCount = 0;
  }
  if (!options.quiet) for (const note of report.notes) reporter.err(note);
  const toFile = options.outputFile !== undefined;
  const { formatResults } = await import('../lint/index.js');
  const text = formatResults(report, format, { cwd: options.cwd, color: toFile ? undefined : reporter.color });
  if (toFile) {
    const target = path.resolve(options.cwd, options.outputFile!);
    const { writeFilesAtomically } = await import('../core/write.js');
    await writeFilesAtomically(path.dirname(target), [{ file: path.basename(target), content: text }]);
    reporter.out(`promptgit lint: ${lintMessages.summary(report.errorCount, report.warningCount, report.results.length)}; ${lintMessages.written(options.outputFile!)}`);
  } else if (text !== '') {
    reporter.out(text.replace(/\n$/, ''));
  }
  if (report.fixedFiles.length > 0) reporter.err(lintMessages.fixed(report.fixedFiles));
  // One line that the run happened, for people: not with --quiet, a report file, a machine format, or an editor's --stdin.
  if (!options.quiet && !toFile && !stdin && format === 'stylish' && report.errorCount === 0 && report.warningCount === 0) {
    reporter.err(cleanLine(report, options));
  }
  if (report.errorCount > 0) return 1;
  if (maxWarnings >= 0 && warningCount > maxWarnings) {
    reporter.err(lintMessages.tooManyWarnings(warningCount, maxWarnings, options.quiet ?? false));
    return 1;
  }
  return 0;
}
