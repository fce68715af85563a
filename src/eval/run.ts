import { isPromptgitError } from '../errors.js';
import type { AnswerSource } from './answerer.js';
import { rowPassed, type RunTotals, type TestResult } from './report.js';
import { runRow, type EvalTarget, type RowContext } from './run-row.js';

/** A row to run: its index in testData (stable across filters and shards). */
export interface PlannedRow {
  index: number;
  row: Record<string, unknown>;
}

export interface PlannedTarget extends EvalTarget {
  /** Where its results go in the run's map: the label (a compared prompt runs twice, under two keys). */
  key: string;
  rows: PlannedRow[];
}

export interface RunOptions extends Omit<RowContext, 'onAnswer' | 'signal'> {
  concurrency: number;
  repeat: number;
  /** Set by SIGINT: rows not started are skipped, those in flight are abandoned. */
  interrupt: AbortSignal;
  /** Mark results with their row index (shards, so a merge can order them) and repeat. */
  markIndex: boolean;
  onProgress?: (done: number, total: number, passed: number, cached: number) => void;
}

export interface RunResult {
  /** Each target's results by its key, in plan order (testData order, then repeat). */
  results: Map<string, TestResult[]>;
  totals: RunTotals;
  /** The provider failure or missing recording that stopped the run. */
  failure?: unknown;
}

/**
 * Runs every planned row at most `concurrency` at a time. The first provider failure (after
 * its retries) stops the run as Ctrl-C does: what finished is reported, the rest is not run.
 */
export async function runAll(targets: readonly PlannedTarget[], options: RunOptions): Promise<RunResult> {
  const { default: pLimit } = await import('p-limit');
  const limit = pLimit(options.concurrency);
  const stop = new AbortController();
  const signal = AbortSignal.any([stop.signal, options.interrupt]);
  const totals: RunTotals = { fromCache: 0, fromModel: 0, fromRecording: 0, interrupted: false };
  const onAnswer = (from: AnswerSource) => {
    if (from === 'cache') totals.fromCache++;
    else if (from === 'model') totals.fromModel++;
    else if (from === 'recording') totals.fromRecording++;
  };
  const ctx: RowContext = { ...options, signal, onAnswer };
  const slots: Array<{ key: string; result?: TestResult }> = [];
  const total = targets.reduce((n, t) => n + t.rows.length * options.repeat, 0);
  let done = 0;
  let passed = 0;
  let failure: unknown;
  const jobs: Promise<void>[] = [];
  for (const target of targets) {
    for (const { index, row } of target.rows) {
      for (let repeat = 0; repeat < options.repeat; repeat++) {
        const slot: { key: string; result?: TestResult } = { key: target.key };
        slots.push(slot);
        jobs.push(
          limit(async () => {
            if (signal.aborted) return;
            try {
              const result = await runRow(target, row, index, repeat, ctx);
              if (options.markIndex) result.index = index;
              if (options.repeat > 1) result.repeat = repeat;
              slot.result = result;
              done++;
              if (rowPassed(result)) passed++;
              options.onProgress?.(done, total, passed, totals.fromCache);
            } catch (error) {
              if (signal.aborted) return;
              failure ??= error;
              stop.abort(error);
            }
          }),
        );
      }
    }
  }
  await Promise.all(jobs);
  if (failure !== undefined && !isPromptgitError(failure)) throw failure;
  totals.interrupted = options.interrupt.aborted;
  if (failure !== undefined) totals.error = (failure as Error).message;
  const results = new Map<string, TestResult[]>(targets.map((t) => [t.key, []]));
  for (const slot of slots) if (slot.result) results.get(slot.key)!.push(slot.result);
  return failure === undefined ? { results, totals } : { results, totals, failure };
}
