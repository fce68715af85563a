import type { EvaluateContext, EvaluationResult } from './types.js';

/** An evaluator checked and prepared once, run on each row's reply. */
export type Scorer = (ctx: EvaluateContext) => Promise<EvaluationResult>;

/** A pass/fail check's result: score 1 or 0. */
export function binaryResult(evaluatorName: string, passed: boolean, details: string): EvaluationResult {
  return { evaluatorName, score: passed ? 1 : 0, passed, details };
}
