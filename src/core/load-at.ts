import { assertValid, type LoadedPrompt } from './load.js';
import { readPromptAt } from './read-at.js';
import { parseRef, type PromptRef } from './refs.js';

/** A valid prompt loaded at a reference, with where it was read from. */
export type LoadedPromptAt = LoadedPrompt & { ref: string; commit?: string };

/**
 * Loads a valid prompt at a reference (`id`, `id@1.2.0`, `id@latest`, `id@HEAD~1`) under a
 * repository root. Throws a typed error for a bad or unknown reference, and a
 * ProblemsError when the prompt is invalid at that reference.
 */
export async function loadPromptAt(root: string, ref: string | PromptRef): Promise<LoadedPromptAt> {
  const parsed = typeof ref === 'string' ? parseRef(ref) : ref;
  const at = await readPromptAt(root, parsed);
  assertValid(at.prompt);
  return { ...at.prompt, partials: at.partials, ref: at.ref, ...(at.commit === undefined ? {} : { commit: at.commit }) };
}
