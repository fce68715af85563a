import { conflictMarkers } from '../core/conflict-markers.js';
import { contractOf } from '../core/contract.js';
import { assertValid } from '../core/valid.js';
import type { ParsedPrompt } from '../core/parse.js';
import { readPromptAt, resolveRoot } from '../store/index.js';
import { parseRef } from '../core/refs.js';
import { forTerminal } from '../output/sanitize.js';
import type { CommandContext } from './context.js';

export interface ShowOptions extends CommandContext {
  ref: string;
  json?: boolean;
}

/** Reads a prompt named on the command line (`id` or `id@<version|latest|rev>`), with a clear error when there is none. */
export async function readNamedPrompt(cwd: string, text: string): Promise<{ root: string; prompt: ParsedPrompt; partials: Map<string, string>; partialProblems: Map<string, string>; commit?: string }> {
  const ref = parseRef(text);
  const root = await resolveRoot({ cwd });
  const at = await readPromptAt(root, ref);
  return { root, prompt: at.prompt, partials: at.partials, partialProblems: at.partialProblems, ...(at.commit === undefined ? {} : { commit: at.commit }) };
}

/** `promptgit show <ref>`: the prompt as stored at that ref; with --json, its parsed fields and contract. */
export async function show(options: ShowOptions): Promise<number> {
  const { prompt, partials, commit } = await readNamedPrompt(options.cwd, options.ref);
  if (!options.json) {
    // No text means the file could not be read as text (binary, link outside, empty): say why.
    // A file mid-merge is not a version of the prompt: the markers say where to resolve it.
    if (prompt.text === '' || conflictMarkers(prompt.text).length > 0) assertValid(prompt);
    options.reporter.out(forTerminal(prompt.text, options.reporter));
    return 0;
  }
  assertValid(prompt);
  const contract = [...contractOf(prompt.data, partials).values()];
  options.reporter.out(JSON.stringify({ id: prompt.id, file: prompt.file, ref: options.ref, ...(commit ? { commit } : {}), prompt: prompt.data, contract }, null, 2));
  return 0;
}
