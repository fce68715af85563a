import type { Loss } from '../types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** GitHub Models' string checks and promptfoo's assertion types that test the same thing. */
const STRING_CHECKS: Record<string, string> = { contains: 'contains', equals: 'equals', startsWith: 'starts-with' };
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * promptfoo assertions for a prompt's evaluators, where one tests the same thing: `string`
 * checks (contains, equals, startsWith, endsWith), `github/similarity` (promptfoo's
 * `similar` to `{{expected}}`) and `json`. Judged evaluators (`llm`, the other `github/*`)
 * score with another prompt and scale, so they are losses.
 */
export function evaluatorAsserts(evaluators: readonly unknown[], file: string, losses: Loss[]): Obj[] {
  const asserts: Obj[] = [];
  evaluators.forEach((evaluator, i) => {
    const field = `evaluators[${i}]`;
    if (!isObj(evaluator)) return losses.push({ file, field, message: 'not an evaluator; not carried' });
    const metric = typeof evaluator.name === 'string' ? { metric: evaluator.name } : {};
    if (isObj(evaluator.string)) {
      for (const [check, value] of Object.entries(evaluator.string)) {
        if (typeof value !== 'string') losses.push({ file, field: `${field}.string.${check}`, message: 'not a string; not carried' });
        else if (STRING_CHECKS[check]) asserts.push({ type: STRING_CHECKS[check], value, ...metric });
        else if (check === 'endsWith') asserts.push({ type: 'regex', value: `${escapeRegex(value)}$`, ...metric });
        else losses.push({ file, field: `${field}.string.${check}`, message: `the string check "${check}" has no promptfoo assertion; not carried` });
      }
      return;
    }
    if (evaluator.uses === 'github/similarity') return asserts.push({ type: 'similar', value: '{{expected}}', ...metric });
    if (evaluator.uses === 'json' || evaluator.json !== undefined) return asserts.push({ type: 'is-json', ...metric });
    const kind = typeof evaluator.uses === 'string' ? evaluator.uses : isObj(evaluator.llm) ? 'llm' : 'this kind';
    losses.push({ file, field, message: `the evaluator "${String(evaluator.name ?? kind)}" (${kind}) scores with its own judge prompt and scale; promptfoo has no equal assertion, not carried` });
  });
  return asserts;
}
