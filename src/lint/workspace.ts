import { CONFIG_PATH, parseConfig, configSchema } from '../core/config.js';
import type { ParsedPrompt } from '../core/parse.js';
import { readTagRefs, resolveRoot } from '../store/index.js';
import { resolveRuleSettings, ruleProblems, type RuleSettings } from './config.js';
import { prepareRules, summarize, type EngineContext } from './engine.js';
import { runJob, threadCount, type Concurrency } from './parallel.js';
import { readReleaseInfo } from './release-info.js';
import { stagedInput, workingTreeInput, type LintInput } from './sources.js';
import { settleTargets } from './targets.js';
import type { LintJob } from './task.js';
import type { LintMessage, LintResult } from './types.js';

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

function tagPrefixOf(input: LintInput): string {
  return (input.configText === undefined ? configSchema.parse({}) : parseConfig(input.configText).config).tagPrefix;
}

function settingsFor(input: LintInput): RuleSettings {
  if (input.configText === undefined) return resolveRuleSettings(configSchema.parse({}));
  const { config, source } = parseConfig(input.configText, CONFIG_PATH, (raw, yaml) => ruleProblems(raw, yaml, CONFIG_PATH));
  return resolveRuleSettings(config, source, CONFIG_PATH);
}

/**
 * Lints the prompts of a repository: the working tree, or the index with `staged`. Never
 * throws for problems in prompts (they are the results); throws a ProblemsError for an
 * invalid lint config and an InputError for an argument that names nothing git ever had.
 */
export async function lintWorkspace(options: LintOptions = {}): Promise<LintReport> {
  const cwd = options.cwd ?? process.cwd();
  // git lists the tags (for version-consistency) while it finds the root: two short processes
  // side by side, not one after the other. Unused when the rule is off.
  const tags = readTagRefs(options.root ?? cwd).catch(() => undefined);
  const root = await resolveRoot({ cwd, ...(options.root ? { root: options.root } : {}) });
  const args = options.ids ?? [];
  const input = options.stdin ? await (await import('./stdin-input.js')).stdinInput(root, cwd, options.stdin.filename, options.stdin.text) : options.staged ? await stagedInput(root, cwd, args) : await workingTreeInput(root, cwd, args);
  const notes = await settleTargets(root, input.targets);
  const settings = settingsFor(input);
  const ignoreGlobs = input.configText === undefined ? [] : parseConfig(input.configText).config.lint.ignore;
  // Loaded only when needed: module loading is a real share of a lint run's time.
  const ignored = ignoreGlobs.length > 0 ? (await import('picomatch')).default(ignoreGlobs, { dot: true }) : () => false;
  await prepareRules(settings);
  const versionRule = settings.get('version-consistency');
  const releases = versionRule && versionRule.severity !== 'off' ? await readReleaseInfo(root, tagPrefixOf(input), await tags) : undefined;
  const context: EngineContext = { settings, partials: input.partials, allIds: input.allIds, ...(releases ? { releases } : {}) };
  const job: LintJob = { root, entries: input.entries.filter((e) => !ignored(e.file)), context, fix: (options.fix ?? false) && !options.staged && !options.stdin };
  if (input.select) job.select = input.select;
  const run = await runJob(job, threadCount(options.concurrency ?? 'auto', job.entries.length), options.parsed);
  const results: LintResult[] = [];
  const writes: { file: string; content: string }[] = [];
  let prompts = 0;
  run.outcomes.forEach(({ result, fixed }, i) => {
    if (result) {
      prompts++;
      results.push(result);
    }
    if (fixed !== undefined) writes.push({ file: job.entries[i]!.file, content: fixed });
  });
  const byFile = new Map<string, LintMessage[]>();
  for (const d of input.diagnostics) {
    const severity = settings.get(d.code)?.severity ?? 'error';
    if (severity === 'off' || ignored(d.file)) continue;
    const { file, code, ...rest } = d;
    byFile.set(file, [...(byFile.get(file) ?? []), { ...rest, ruleId: code, severity }]);
  }
  for (const [file, messages] of byFile) results.push(summarize(file, messages));
  if (writes.length > 0) await (await import('../core/write.js')).writeFilesAtomically(root, writes);
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    root,
    results,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
    fixedFiles: writes.map((w) => w.file),
    settings,
    threads: run.threads,
    prompts,
    notes,
  };
}
