import { canonical } from './shard.js';
import { rowPassed, summarize, type Summary, type TestResult } from './report.js';

/** What a change did to one row: judged on the current version's rows, run on both versions. */
export type RowStatus = 'regressed' | 'fixed' | 'unchanged' | 'new';
export const ROW_STATUSES: readonly RowStatus[] = ['regressed', 'fixed', 'unchanged', 'new'];

export interface RowComparison {
  /** The row as the current version's testData has it. */
  testCase: Record<string, unknown>;
  repeat?: number;
  status: RowStatus;
  before?: { passed: boolean; score: number };
  after: { passed: boolean; score: number };
}

export interface Comparison {
  /** The revision compared against, as the user named it. */
  ref: string;
  /** undefined when the prompt did not exist at `ref` (every row is new). */
  before?: Summary & { meanScore: number };
  after: Summary & { meanScore: number };
  counts: Record<RowStatus, number>;
  rows: RowComparison[];
}

function rowScore(result: TestResult): number {
  const scores = result.evaluationResults.map((e) => e.score);
  return scores.length === 0 ? (rowPassed(result) ? 1 : 0) : scores.reduce((a, b) => a + b, 0) / scores.length;
}

function withMean(results: readonly TestResult[]): Summary & { meanScore: number } {
  const scores = results.map(rowScore);
  return { ...summarize(results), meanScore: scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length };
}

/**
 * Classifies each row the current version ran: `new` when the row is not in the testData at
 * `ref` (or the prompt was not there), else `regressed` (passed, now fails), `fixed` (failed,
 * now passes) or `unchanged`. Rows pair by the row object and repeat: both sides ran the same rows.
 */
export function compareResults(ref: string, before: readonly TestResult[] | undefined, after: readonly TestResult[], oldRows: readonly unknown[] | undefined): Comparison {
  const known = new Set((oldRows ?? []).map(canonical));
  const pairKey = (r: TestResult) => `${r.repeat ?? 0}\0${canonical(r.testCase)}`;
  const earlier = new Map((before ?? []).map((r) => [pairKey(r), r]));
  const counts: Record<RowStatus, number> = { regressed: 0, fixed: 0, unchanged: 0, new: 0 };
  const rows: RowComparison[] = [];
  const pairedBefore: TestResult[] = [];
  for (const result of after) {
    const old = earlier.get(pairKey(result));
    if (old) pairedBefore.push(old);
    const now = { passed: rowPassed(result), score: rowScore(result) };
    const then = old ? { passed: rowPassed(old), score: rowScore(old) } : undefined;
    let status: RowStatus;
    if (!then || !known.has(canonical(result.testCase))) status = 'new';
    else if (then.passed && !now.passed) status = 'regressed';
    else if (!then.passed && now.passed) status = 'fixed';
    else status = 'unchanged';
    counts[status]++;
    rows.push({ testCase: result.testCase, ...(result.repeat === undefined ? {} : { repeat: result.repeat }), status, ...(then ? { before: then } : {}), after: now });
  }
  return { ref, ...(before === undefined ? {} : { before: withMean(pairedBefore) }), after: withMean(after), counts, rows };
}
