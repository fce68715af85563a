import { decodePromptBytes } from '../core/decode.js';
import { fastMapping } from '../core/fast-yaml.js';
import { MAX_ALIAS_COUNT } from '../core/parse.js';
import { promptCheck, promptSchema, type PromptFile } from '../core/schema.js';
import { promptFields } from '../core/unknown-fields.js';
import { readYamlDocument } from '../core/yaml-document.js';

/** What the semantic diff needs of a file: its text, plain value and, when valid, its fields. */
export interface LightPrompt {
  text: string;
  raw?: unknown;
  data?: PromptFile;
}

const NO_VALUE = Symbol('no value');

/** The value as yaml reads it, or NO_VALUE when the file is not valid YAML. */
function fullValue(text: string): unknown {
  const { doc, refusals } = readYamlDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (refusals.length > 0 || doc.errors.length > 0) return NO_VALUE;
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return NO_VALUE;
  }
}

/**
 * Parses a prompt for comparison only: no line positions or source tokens (diagnostics
 * are lint's job), which halves the work when diff and log read thousands of versions.
 * As parsePrompt does, it reads the value with js-yaml first (see fast-yaml.ts), so the
 * validity verdict is the same as parsePrompt's.
 */
export function lightParse(bytes: Uint8Array): LightPrompt {
  const decoded = decodePromptBytes(bytes, '');
  if (decoded.text === undefined) return { text: Buffer.from(bytes).toString('utf8') };
  const text = decoded.text;
  const raw = fastMapping(text) ?? fullValue(text);
  if (raw === NO_VALUE) return { text };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { text, raw };
  const { fields, unknown } = promptFields(raw);
  const parsed = promptSchema.safeParse(fields, promptCheck());
  return parsed.success && !unknown.some((u) => u.typo) ? { text, raw, data: parsed.data } : { text, raw };
}
