import { contractOf } from '../core/contract.js';
import { assertValid, findPromptFile, parsePromptFile, readPartials, resolveRoot } from '../core/load.js';
import { scanPartials } from '../core/files.js';
import { idProblem } from '../core/ids.js';
import type { ParsedPrompt } from '../core/parse.js';
import { InputError, UsageError } from '../errors.js';
import { messages } from '../messages/index.js';
import type { CommandContext } from './context.js';

export interface ShowOptions extends CommandContext {
  ref: string;
  json?: boolean;
}

/** Reads a prompt named on the command line, with a clear error when there is none. */
export async function readNamedPrompt(cwd: string, id: string): Promise<{ root: string; prompt: ParsedPrompt }> {
  const problem = idProblem(id);
  if (problem) throw new UsageError(messages.invalidId(id, problem), { hint: messages.invalidIdHint });
  const root = await resolveRoot({ cwd });
  const file = findPromptFile(root, id);
  if (!file) throw new InputError(messages.noPrompt(id), undefined, undefined, { hint: messages.noPromptHint });
  return { root, prompt: parsePromptFile(root, id, file) };
}

/** `promptgit show <id>`: the prompt as stored; with --json, its parsed fields and contract. */
export async function show(options: ShowOptions): Promise<number> {
  const { root, prompt } = await readNamedPrompt(options.cwd, options.ref);
  if (!options.json) {
    // No text means the file could not be read as text (binary, link outside, empty): say why.
    if (prompt.text === '') assertValid(prompt);
    options.reporter.out(prompt.text);
    return 0;
  }
  assertValid(prompt);
  const partials = readPartials(root, scanPartials(root), []);
  const contract = [...contractOf(prompt.data, partials).values()];
  options.reporter.out(JSON.stringify({ id: prompt.id, file: prompt.file, prompt: prompt.data, contract }, null, 2));
  return 0;
}
