import path from 'node:path';
import { UsageError } from '../errors.js';
import { makeAnswerer } from '../eval/answerer.js';
import { AnswerCache } from '../eval/cache.js';
import { compareResults } from '../eval/compare.js';
import { planBaselines, type BaselineTarget } from '../eval/compare-plan.js';
import { checkFlags, type CheckedFlags, type EvalFlags } from '../eval/flags.js';
import { evalFormatters } from '../eval/formats/index.js';
import type { EvalOutput, LabelledReport } from '../eval/formats/types.js';
import { mergeReports } from '../eval/merge.js';
import { planTargets } from '../eval/plan.js';
import { progressLine } from '../eval/progress.js';
import type { CallModel, ProviderSpec } from '../eval/providers/types.js';
import { resolveProvider } from '../eval/providers/resolve.js';
import { Recordings } from '../eval/recordings.js';
import { rowPassed, summarize, type PromptReport } from '../eval/report.js';
import { runAll, type PlannedTarget, type RunResult } from '../eval/run.js';
import { namedPrompts } from '../eval/targets.js';
import { evalMessages as m } from '../messages/eval.js';
import { redactError, redactingReporter, redactor, type Redact } from '../output/redact.js';
import type { Reporter } from '../output/reporter.js';
import { readConfig, resolveRoot } from '../store/index.js';
import type { CommandContext } from './context.js';

export interface EvalOptions extends CommandContext, EvalFlags {
  /** Prompt ids, refs or files; with --merge, the reports to combine. */
  targets: string[];
  /** Where keys are read (the process's environment by default). */
  env?: NodeJS.ProcessEnv;
}

/** Exit code of a run stopped by Ctrl-C, as shells report it. */
const INTERRUPTED = 130;

/**
 * `promptgit eval [<ref|id|file>...]`: runs each prompt's testData against a model, scores the
 * replies as gh models eval did, and says what a change did with --compare (docs/eval.md).
 * Exit 0 every row passed, 1 a row failed or regressed, 2 could not run, 3 the provider failed.
 */
export async function evalCommand(options: EvalOptions): Promise<number> {
  const flags = checkFlags(options);
  if (options.merge) return merge(options, flags);
  const root = await resolveRoot({ cwd: options.cwd });
  const config = readConfig(root);
  const spec = resolveProvider(config.eval, { ...pick(options, 'provider', 'baseUrl'), replay: options.replay === true }, options.env ?? process.env);
  const redact = redactor(spec.secrets);
  try {
    return await run(root, options, flags, spec, config.eval?.judge, redactingReporter(options.reporter, redact), redact);
  } catch (error) {
    throw redactError(error, redact);
  }
}

function pick<T extends object, K extends keyof T>(value: T, ...keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]])) as Partial<Pick<T, K>>;
}

async function run(root: string, options: EvalOptions, flags: CheckedFlags, spec: ProviderSpec, judge: string | undefined, reporter: Reporter, redact: Redact): Promise<number> {
  const named = await namedPrompts(root, options.cwd, options.targets);
  const planOptions = { ...pick(options, 'model', 'filter'), ...(flags.shard ? { shard: flags.shard } : {}), echo: spec.kind === 'echo' };
  const targets = planTargets(named, planOptions);
  if (options.filter !== undefined && targets.every((t) => t.rows.length === 0)) throw new UsageError(m.noRows(options.filter));
  const baselines = options.compare === undefined ? [] : await planBaselines(root, options.compare, named, targets, planOptions);
  const recordings = new Recordings(root);
  const progress = progressLine(process.stderr, !options.quiet);
  const interrupt = new AbortController();
  const onSigint = () => {
    if (interrupt.signal.aborted) process.exit(INTERRUPTED);
    progress.stop();
    reporter.err(m.stopping);
    interrupt.abort(new Error('interrupted'));
  };
  process.on('SIGINT', onSigint);
  let result: RunResult;
  try {
    const answer = makeAnswerer({
      spec,
      cache: new AnswerCache(root, flags.cache),
      recordings,
      record: options.record === true,
      replay: options.replay === true,
      caller: () => modelCaller(spec, reporter, redact, () => progress.stop()),
    });
    const all = [...targets, ...baselines.flatMap((b) => (b.target ? [b.target] : []))];
    result = await runAll(all, {
      spec,
      answer,
      ...(judge === undefined ? {} : { defaultJudgeModel: judge }),
      concurrency: flags.concurrency,
      repeat: flags.repeat,
      interrupt: interrupt.signal,
      markIndex: flags.shard !== undefined,
      onProgress: (done, total, passed, cached) => progress.update(done, total, passed, cached),
    });
  } finally {
    process.off('SIGINT', onSigint);
    progress.stop();
  }
  const prompts = reports(targets, baselines, result, options.compare);
  if (options.record) {
    const files = await recordings.save();
    reporter.err(files.length > 0 ? m.recorded(files) : m.nothingRecorded);
  }
  const finished = [...result.results.values()].some((rows) => rows.length > 0);
  if (result.failure === undefined || finished) await write(options, reporter, flags, { prompts, totals: result.totals, quiet: options.quiet === true, array: flags.shard !== undefined }, redact);
  if (result.failure !== undefined) throw result.failure;
  if (result.totals.interrupted) return INTERRUPTED;
  const regressed = prompts.reduce((n, p) => n + (p.comparison?.counts.regressed ?? 0), 0);
  if (regressed > 0 && !options.quiet) reporter.err(m.regressed(regressed, options.compare!));
  return regressed > 0 || prompts.some((p) => !p.report.testResults.every(rowPassed)) ? 1 : 0;
}

/** The network caller, loaded on the first answer not in the cache; its replies are redacted before anything keeps them. */
async function modelCaller(spec: ProviderSpec, reporter: Reporter, redact: Redact, clearProgress: () => void): Promise<CallModel> {
  const { openaiCaller, MAX_RETRIES } = await import('../eval/providers/openai.js');
  const call = await openaiCaller(spec, {
    onRetry: (waitMs, attempt) => {
      clearProgress();
      reporter.err(m.rateLimited(Math.ceil(waitMs / 100) / 10, attempt, MAX_RETRIES));
    },
  });
  return async (request, signal) => redact(await call(request, signal));
}

function reports(targets: readonly PlannedTarget[], baselines: readonly BaselineTarget[], result: RunResult, ref: string | undefined): LabelledReport[] {
  return targets.map((target, i) => {
    const testResults = result.results.get(target.key) ?? [];
    const data = target.prompt.data;
    const report: PromptReport = { name: data.name ?? target.id, description: data.description ?? '', model: target.model, testResults, summary: summarize(testResults) };
    const baseline = baselines[i];
    const comparison = baseline && ref !== undefined ? compareResults(ref, baseline.target ? (result.results.get(baseline.target.key) ?? []) : undefined, testResults, baseline.oldRows) : undefined;
    return { label: target.key, file: target.prompt.file, report, ...(comparison ? { comparison } : {}) };
  });
}

/** Prints the report, or writes it to --output-file atomically and prints its summary. */
async function write(options: EvalOptions, reporter: Reporter, flags: CheckedFlags, output: EvalOutput, redact: Redact): Promise<void> {
  const text = redact(evalFormatters[flags.format](output));
  if (options.outputFile === undefined) {
    reporter.out(text.replace(/\n$/, ''));
    return;
  }
  const target = path.resolve(options.cwd, options.outputFile);
  const { writeFilesAtomically } = await import('../core/write.js');
  await writeFilesAtomically(path.dirname(target), [{ file: path.basename(target), content: text }]);
  const rows = output.prompts.flatMap((p) => p.report.testResults);
  const s = summarize(rows);
  reporter.out(m.wroteReport(options.outputFile, `Passed: ${s.passedTests}/${s.totalTests} (${s.passRate.toFixed(2)}%).`));
}

/** `--merge <report.json>...`: the shards' reports as one, with one exit code. */
async function merge(options: EvalOptions, flags: CheckedFlags): Promise<number> {
  if (options.targets.length === 0) throw new UsageError(m.mergeNeedsFiles, { hint: m.mergeNeedsFilesHint });
  const prompts = mergeReports(options.cwd, options.targets);
  const totals = { fromCache: 0, fromModel: 0, fromRecording: 0, interrupted: false };
  await write(options, options.reporter, flags, { prompts, totals, quiet: options.quiet === true }, (t) => t);
  return prompts.every((p) => p.report.testResults.every(rowPassed)) ? 0 : 1;
}
