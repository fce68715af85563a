/**
 * The testData keys GitHub Models' evaluators read: their templates' `{{name}}` placeholders
 * (string evaluators such as `contains: '{{expected}}'`, an llm evaluator's prompt) and the
 * row keys the built-in `github/*` evaluators template into their prompts.
 */
const BUILTIN_READS: Readonly<Record<string, readonly string[]>> = {
  'github/similarity': ['input', 'expected'],
  'github/coherence': ['input'],
  'github/fluency': [],
  'github/relevance': ['input'],
  'github/groundedness': ['input', 'expected'],
};

// GitHub Models replaced `{{key}}` literally, so a name is whatever sits between the braces.
const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const match of value.matchAll(PLACEHOLDER)) into.add(match[1]!);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) collect(item, into);
  }
}

/** Every row key the evaluators read. */
export function evaluatorReads(evaluators: readonly unknown[] | undefined): Set<string> {
  const reads = new Set<string>();
  for (const evaluator of evaluators ?? []) {
    const uses = (evaluator as { uses?: unknown } | null)?.uses;
    if (typeof uses === 'string') for (const name of BUILTIN_READS[uses] ?? []) reads.add(name);
    collect(evaluator, reads);
  }
  return reads;
}
