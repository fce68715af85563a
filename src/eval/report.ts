import type { EvaluationResult } from './evaluators/types.js';

/** One row's result in gh models eval's JSON shape; `index`/`repeat` only with --shard/--repeat, `error` only when it could not run. */
export interface TestResult {
  testCase: Record<string, unknown>;
  modelResponse: string;
  evaluationResults: EvaluationResult[];
  index?: number;
  repeat?: number;
  error?: string;
}

export interface Summary {
  totalTests: number;
  passedTests: number;
  failedTests: number;
  passRate: number;
}

/** One prompt's report: gh's `EvaluationSummary`, with `id` when there are several. */
export interface PromptReport {
  id?: string;
  name: string;
  description: string;
  model: string;
  testResults: TestResult[];
  summary: Summary;
}

/** A row passes when every evaluator passes (none: it passes, as in gh) and it ran. */
export function rowPassed(result: TestResult): boolean {
  return result.error === undefined && result.evaluationResults.every((r) => r.passed);
}

export function summarize(results: readonly TestResult[]): Summary {
  const totalTests = results.length;
  const passedTests = results.filter(rowPassed).length;
  return { totalTests, passedTests, failedTests: totalTests - passedTests, passRate: totalTests === 0 ? 100 : (passedTests / totalTests) * 100 };
}

/** The mean evaluator score of a set of rows (0 to 1), for comparisons. */
export function meanScore(results: readonly TestResult[]): number {
  const scores = results.flatMap((r) => r.evaluationResults.map((e) => e.score));
  return scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** What a run adds to the reports: where the answers came from, and whether it was cut short. */
export interface RunTotals {
  fromCache: number;
  fromModel: number;
  fromRecording: number;
  interrupted: boolean;
  /** The provider failure or missing recording that stopped the run. */
  error?: string;
}
