/**
 * Scoring, as gh models eval did it: the evaluators of a prompt file score one reply each.
 * See docs/eval.md, "Scoring".
 */
import { compileEvaluator } from './compile.js';
import type { Scorer } from './scorer.js';
import type { EvaluateContext, EvaluationResult } from './types.js';

export { EvaluatorConfigError } from './errors.js';
export type { EvaluateContext, EvaluationResult, Judge, JudgeMessage, JudgeRequest } from './types.js';

// The evaluators of a prompt are the same array for each of its rows: prepare them once.
const prepared = new WeakMap<readonly unknown[], readonly Scorer[]>();

/**
 * Checks every evaluator of a prompt and prepares them, throwing an EvaluatorConfigError
 * (with the field's path) for the first that cannot run. The runner may call it before any
 * model call; evaluateAll calls it too, from a cache.
 */
export function compileEvaluators(evaluators: readonly unknown[] | undefined): readonly Scorer[] {
  if (!evaluators) return [];
  let scorers = prepared.get(evaluators);
  if (!scorers) {
    scorers = evaluators.map((entry, i) => compileEvaluator(entry, i));
    prepared.set(evaluators, scorers);
  }
  return scorers;
}

/** Scores one reply with one evaluator entry. */
export async function evaluate(evaluator: unknown, ctx: EvaluateContext): Promise<EvaluationResult> {
  return compileEvaluator(evaluator)(ctx);
}

/**
 * Scores one reply with every evaluator, in declared order. They run one after another, as
 * in gh: judge calls are made in a stable order (recordings stay stable), and the runner's
 * concurrency, not this, decides how many calls are in flight. A judge that fails throws.
 */
export async function evaluateAll(evaluators: readonly unknown[] | undefined, ctx: EvaluateContext): Promise<EvaluationResult[]> {
  const results: EvaluationResult[] = [];
  for (const scorer of compileEvaluators(evaluators)) results.push(await scorer(ctx));
  return results;
}

/** Whether a row passes: every evaluator passed (a row with none passes, as in gh). */
export function rowPassed(results: readonly EvaluationResult[]): boolean {
  return results.every((result) => result.passed);
}
