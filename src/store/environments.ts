import { decodePromptBytes } from '../core/decode.js';
import { ENVIRONMENTS_PATH, missingEnvironments, parseEnvironments, type Environments, type ParsedEnvironments } from '../core/environments.js';
import { ProblemsError } from '../errors.js';
import { envMessages as m } from '../messages/environments.js';
import { readBytesAt } from './read.js';
import { fileKey, type State } from './state.js';

export type { Environments, ParsedEnvironments };

/** The file's text from its bytes: absent and empty are both "no environments"; binary or non-UTF-8 is a diagnostic. */
function parseBytes(bytes: Buffer | undefined, file: string): ParsedEnvironments {
  if (bytes === undefined) return missingEnvironments(file);
  if (bytes.length === 0) return { ...missingEnvironments(file), exists: true };
  const decoded = decodePromptBytes(bytes, file);
  if (decoded.diagnostic) return { ...missingEnvironments(file), exists: true, diagnostics: [{ ...decoded.diagnostic, code: 'environment-version' }] };
  return parseEnvironments(decoded.text, file);
}

/**
 * `.prompts/_environments.yaml` at a state (working tree, index or a commit), parsed with
 * positions and never throwing for its content: lint reports `diagnostics`, and the valid
 * pointers are in `envs` whatever else is wrong. A state without the file has no environments.
 */
export async function inspectEnvironments(root: string, state: State, file = ENVIRONMENTS_PATH): Promise<ParsedEnvironments> {
  const bytes = (await readBytesAt(root, [{ state, file }])).get(fileKey(state, file));
  return parseBytes(bytes, file);
}

/** Parses the file's versions at many commits (blob ids or `<commit>:<path>` names read in one batch by the caller). */
export function environmentsOfBytes(bytes: Buffer | undefined, file = ENVIRONMENTS_PATH): ParsedEnvironments {
  return parseBytes(bytes, file);
}

/** Throws every problem of the file at once, with its lines, when it has any. */
export function assertEnvironments(parsed: ParsedEnvironments): ParsedEnvironments {
  if (parsed.diagnostics.length > 0) throw new ProblemsError(m.fileInvalid(parsed.file), parsed.diagnostics, { hint: m.fileInvalidHint(parsed.file) });
  return parsed;
}

/**
 * Which version of each prompt each environment serves at a state: `envs` is env -> id ->
 * version. Throws a ProblemsError naming each bad line when the file is invalid (use
 * inspectEnvironments to read a broken file's diagnostics instead).
 */
export async function readEnvironments(root: string, state: State): Promise<Environments> {
  return assertEnvironments(await inspectEnvironments(root, state));
}
