import { ProblemsError } from '../errors.js';
import type { ParsedPrompt } from './parse.js';
import type { PromptFile } from './schema.js';

/** Throws a ProblemsError listing the prompt's errors, if it has any. */
export function assertValid(prompt: ParsedPrompt): asserts prompt is ParsedPrompt & { data: PromptFile } {
  const errors = prompt.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !prompt.data) {
    throw new ProblemsError(`${prompt.file} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}.`, errors, { hint: `Fix it, then run "promptgit lint ${prompt.id}" to check.` });
  }
}
