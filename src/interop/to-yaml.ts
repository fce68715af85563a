import { stringify } from 'yaml';
import type { PromptFile } from '../core/schema.js';
import { schemaRefFor } from '../core/templates.js';

/** The order a prompt file's fields are written in, as docs/format.md shows them. */
const ORDER = ['name', 'description', 'version', 'model', 'modelParameters', 'responseFormat', 'jsonSchema', 'variables', 'messages', 'testData', 'evaluators', 'tags', 'metadata'];

/** A prompt file's text: the editor-schema modeline, then the fields in the documented order. */
export function promptYaml(prompt: PromptFile, file: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ORDER) if ((prompt as Record<string, unknown>)[key] !== undefined) ordered[key] = (prompt as Record<string, unknown>)[key];
  for (const [key, value] of Object.entries(prompt)) if (!(key in ordered) && value !== undefined) ordered[key] = value;
  // lineWidth 0: never fold a message's lines, which would change nothing but read worse in a diff.
  return `# yaml-language-server: $schema=${schemaRefFor(file)}\n${stringify(ordered, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
