/**
 * TEMPORARY: the `string` evaluator only, by gh models eval's rules, so the runner's tests run
 * until the eval-score branch (src/eval/evaluators/, every kind) lands; theirs replaces this file.
 */
import type { EvaluateContext, EvaluationResult } from './types.js';

export type { EvaluateContext, EvaluationResult } from './types.js';

/** gh replaced each `{{key}}` of the row literally, non-strings as Go's %v. */
function templated(text: string, row: Readonly<Record<string, unknown>>): string {
  let out = text;
  for (const [key, value] of Object.entries(row)) out = out.split(`{{${key}}}`).join(typeof value === 'string' ? value : String(value));
  return out;
}

function stringCheck(name: string, spec: Record<string, unknown>, ctx: EvaluateContext): EvaluationResult {
  const reply = ctx.completion.trim();
  const pick = (key: string) => (typeof spec[key] === 'string' && spec[key] !== '' ? templated(spec[key] as string, ctx.row) : undefined);
  let passed: boolean;
  let details: string;
  const equals = pick('equals');
  const contains = pick('contains');
  const startsWith = pick('startsWith');
  const endsWith = pick('endsWith');
  if (equals !== undefined) [passed, details] = [reply === equals, `Expected exact match: '${equals}'`];
  else if (contains !== undefined) [passed, details] = [reply.toLowerCase().includes(contains.toLowerCase()), `Expected to contain: '${contains}'`];
  else if (startsWith !== undefined) [passed, details] = [reply.toLowerCase().startsWith(startsWith.toLowerCase()), `Expected to start with: '${startsWith}'`];
  else if (endsWith !== undefined) [passed, details] = [reply.toLowerCase().endsWith(endsWith.toLowerCase()), `Expected to end with: '${endsWith}'`];
  else [passed, details] = [false, 'No string evaluation criteria specified'];
  return { evaluatorName: name, score: passed ? 1 : 0, passed, details };
}

/** Scores one reply with every evaluator, in order. */
export async function evaluateAll(evaluators: readonly unknown[] | undefined, ctx: EvaluateContext): Promise<EvaluationResult[]> {
  const results: EvaluationResult[] = [];
  for (const raw of evaluators ?? []) {
    const evaluator = (raw ?? {}) as Record<string, unknown>;
    const name = typeof evaluator.name === 'string' ? evaluator.name : 'evaluator';
    if (typeof evaluator.string === 'object' && evaluator.string !== null) results.push(stringCheck(name, evaluator.string as Record<string, unknown>, ctx));
    else results.push({ evaluatorName: name, score: 0, passed: false, details: `Evaluator '${name}' is not supported by this build` });
  }
  return results;
}
