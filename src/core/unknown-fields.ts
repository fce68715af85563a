import { TOP_LEVEL_KEYS } from './schema.js';
import { nearest } from './suggest.js';

/** The model parameters GitHub Models (and promptgit after them) pass to the model. */
export const READ_MODEL_PARAMETERS = ['maxTokens', 'temperature', 'topP'] as const;

/** Other spellings authors use for a read parameter (the chat-completions and Python names). */
export const MODEL_PARAMETER_ALIASES: Readonly<Record<string, string>> = {
  max_tokens: 'maxTokens',
  maxCompletionTokens: 'maxTokens',
  max_completion_tokens: 'maxTokens',
  maxOutputTokens: 'maxTokens',
  max_output_tokens: 'maxTokens',
  top_p: 'topP',
};

/** The aliases `lint --fix` renames: their meaning is certain. */
export const FIXABLE_ALIASES: ReadonlySet<string> = new Set(['max_tokens', 'top_p']);

/** A top-level key that is not a field. */
export interface UnknownField {
  key: string;
  /** The field it is likely a typo of: an error, since the author meant that field. */
  typo?: string;
  /** Where a key with this meaning is read, e.g. `modelParameters.temperature`. */
  place?: string;
}

function placeOf(key: string): string | undefined {
  const read = (READ_MODEL_PARAMETERS as readonly string[]).includes(key) ? key : MODEL_PARAMETER_ALIASES[key];
  return read === undefined ? undefined : `modelParameters.${read}`;
}

/**
 * Splits a file's top-level mapping into the fields the schema checks and the keys GitHub
 * Models ignore. `x-*` extension keys are neither. An ignored key never hides the other
 * findings; only a likely typo makes the file invalid.
 */
export function promptFields(raw: object): { fields: Record<string, unknown>; unknown: UnknownField[] } {
  const fields: Record<string, unknown> = {};
  const unknown: UnknownField[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('x-')) continue;
    if (TOP_LEVEL_KEYS.includes(key)) {
      fields[key] = value;
      continue;
    }
    const place = placeOf(key);
    const typo = place === undefined ? nearest(key, TOP_LEVEL_KEYS) : undefined;
    unknown.push({ key, ...(typo === undefined ? {} : { typo }), ...(place === undefined ? {} : { place }) });
  }
  return { fields, unknown };
}
