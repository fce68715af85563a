/**
 * The lint API, stable for other commands (release) and for tools:
 *
 *   const report = await lintWorkspace({ root, ids, staged });
 *   // report.results: LintResult[]; report.errorCount; report.warningCount
 *   process.stdout.write(formatResults(report, 'stylish', { cwd }));
 *
 * `lintWorkspace` throws a ProblemsError when `lint.rules` in `.prompts/_config.yaml` is
 * invalid and an InputError when an id or path names nothing; problems in prompts are results.
 */
import { Chalk } from 'chalk';
import { packageVersion } from '../core/package-files.js';
import { UsageError } from '../errors.js';
import { cliMessages } from '../messages/cli.js';
import { FORMATTERS, type FormatContext } from './formatters/index.js';
import { RULES } from './rules/index.js';
import type { LintReport } from './workspace.js';

export { lintWorkspace, type LintOptions, type LintReport } from './workspace.js';
export { stylish } from './formatters/stylish.js';
export { FORMATTERS, FORMAT_NAMES, type FormatContext, type Formatter } from './formatters/index.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export type { LintResult, LintMessage, Rule, RuleMeta, RuleContext, Fix, Edit } from './types.js';
export type { Concurrency } from './parallel.js';


/** Formats a report with a named formatter; colour off unless a chalk instance is given. */
export function formatResults(report: LintReport, format: string, options: Partial<FormatContext> = {}): string {
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UsageError(cliMessages.unknownFormat(format, Object.keys(FORMATTERS).join(', ')));
  return formatter(report.results, {
    cwd: options.cwd ?? report.root,
    root: report.root,
    color: options.color ?? new Chalk({ level: 0 }),
    rules: RULES.map((r) => r.meta),
    settings: report.settings,
    version: options.version ?? packageVersion(),
  });
}
