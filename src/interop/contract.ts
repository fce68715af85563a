import { inferVariables } from '../core/inferred-contract.js';
import type { Message, VariableSpec } from '../core/schema.js';

/**
 * The declared contract, completed with every variable the templates use that the source did
 * not type (as promptgit would infer it), so the file lints: a declared `variables` must name
 * every variable its messages use. Undefined when the source typed nothing.
 */
export function completeVariables(declared: Record<string, VariableSpec> | undefined, messages: readonly Message[], partials: ReadonlyMap<string, string>): Record<string, VariableSpec> | undefined {
  if (!declared || Object.keys(declared).length === 0) return undefined;
  const variables = { ...declared };
  let used: ReturnType<typeof inferVariables> = [];
  try {
    used = inferVariables(messages.map((m) => m.content), partials);
  } catch {
    // A template mustache cannot parse: lint reports it where it is.
  }
  for (const v of used) if (!(v.name in variables)) variables[v.name] = v.type === 'string' ? { type: 'string' } : { type: v.type };
  return variables;
}
