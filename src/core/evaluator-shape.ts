/**
 * The shape of an `evaluators:` entry, as GitHub Models read it, plus promptgit's extensions.
 * Shared by the evaluators (src/eval/evaluators/) and the `evaluators` lint rule, so the two
 * agree on which check of an entry runs.
 */

/** The kinds of check, in the order gh models eval tried them (`json` is promptgit's). */
export const EVALUATOR_KINDS = ['string', 'llm', 'uses', 'json'] as const;
export type EvaluatorKind = (typeof EVALUATOR_KINDS)[number];

/** The checks of a `string` evaluator, in the order gh tried them; the last two are promptgit's. */
export const STRING_CHECKS = ['equals', 'contains', 'startsWith', 'endsWith', 'notContains', 'regex'] as const;
export type StringCheck = (typeof STRING_CHECKS)[number];

/** The keys an `llm` evaluator reads. */
export const LLM_KEYS = ['modelId', 'prompt', 'systemPrompt', 'choices'] as const;

/** The `uses:` values that name a built-in evaluator. */
export const BUILTIN_USES = ['github/similarity', 'github/coherence', 'github/fluency', 'github/relevance', 'github/groundedness'] as const;

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a kind is present. gh decoded `string:` and `llm:` into pointers (a YAML null is
 * absent) and `uses` into a string (an empty one is absent).
 */
export function hasKind(entry: Record<string, unknown>, kind: EvaluatorKind): boolean {
  const value = entry[kind];
  if (value === undefined || value === null) return false;
  return kind !== 'uses' || value !== '';
}

/** The kinds an entry has, in gh's order: the first is the one that runs. */
export function kindsOf(entry: Record<string, unknown>): EvaluatorKind[] {
  return EVALUATOR_KINDS.filter((kind) => hasKind(entry, kind));
}

/** Whether a YAML value is one gh read into a Go string field (a scalar; null reads as ""). */
export function isScalarText(value: unknown): value is string | number | boolean | null | undefined {
  return value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A scalar as gh's string field held it: null and absent are "". */
export function scalarText(value: string | number | boolean | null | undefined): string {
  return value === undefined || value === null ? '' : String(value);
}

/** The checks a `string` evaluator sets (gh skipped empty ones), in gh's order: the first runs. */
export function stringChecksOf(spec: Record<string, unknown>): StringCheck[] {
  return STRING_CHECKS.filter((check) => {
    const value = spec[check];
    return isScalarText(value) ? scalarText(value) !== '' : true;
  });
}

/** `/pattern/flags` gives flags; any other text is the pattern itself, with none. */
export function regexParts(text: string): { source: string; flags: string } {
  const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(text);
  return literal ? { source: literal[1]!, flags: literal[2]! } : { source: text, flags: '' };
}
