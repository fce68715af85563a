import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROMPTS_DIR, SCHEMA_FILE } from './ids.js';
import { packageUrl } from './package-files.js';

const TEMPLATES = packageUrl('templates/');

export const PROMPT_TEMPLATES = ['chat', 'text'] as const;
export type PromptTemplate = (typeof PROMPT_TEMPLATES)[number];

/** Reads a file of the package's templates folder. */
export function readTemplate(name: string): string {
  return readFileSync(new URL(name, TEMPLATES), 'utf8');
}

/** The `$schema` path a prompt file at `file` uses to reach `.prompts/_schema.json`. */
export function schemaRefFor(file: string): string {
  const rel = path.posix.relative(path.posix.dirname(file), `${PROMPTS_DIR}/${SCHEMA_FILE}`);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** Fills a template's `@@KEY@@` placeholders (Mustache would clash with the prompt's own tags). */
export function fillTemplate(text: string, values: Record<string, string>): string {
  return text.replace(/@@([A-Z]+)@@/g, (match, key: string) => values[key] ?? match);
}

/** A display name from an id: `support/ticket-triage` -> `Ticket triage`. */
export function displayName(id: string): string {
  const last = id.split('/').pop() ?? id;
  const words = last.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
