import { decodePromptBytes } from '../core/decode.js';
import { MAX_ALIAS_COUNT } from '../core/parse.js';
import { promptSchema, type PromptFile } from '../core/schema.js';
import { promptFields } from '../core/unknown-fields.js';
import { readYamlDocument } from '../core/yaml-document.js';

/** What the semantic diff needs of a file: its text, plain value and, when valid, its fields. */
export interface LightPrompt {
  text: string;
  raw?: unknown;
  data?: PromptFile;
}

/**
 * Parses a prompt for comparison only: no line positions or source tokens (diagnostics
 * are lint's job), which halves the work when diff and log read thousands of versions.
 * The validity verdict is the same as parsePrompt's.
 */
export function lightParse(bytes: Uint8Array): LightPrompt {
  const decoded = decodePromptBytes(bytes, '');
  if (decoded.text === undefined) return { text: Buffer.from(bytes).toString('utf8') };
  const text = decoded.text;
  const { doc, refusals } = readYamlDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (refusals.length > 0 || doc.errors.length > 0) return { text };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return { text };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { text, raw };
  const { fields, unknown } = promptFields(raw);
  const parsed = promptSchema.safeParse(fields);
  return parsed.success && !unknown.some((u) => u.typo) ? { text, raw, data: parsed.data } : { text, raw };
}
