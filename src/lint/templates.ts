import type { ParsedPrompt } from '../core/parse.js';
import type { FieldPath } from '../core/positions.js';
import { parseTemplate, type TemplateInfo } from '../core/template.js';
import { templateUses, type TemplateUses } from '../core/template-uses.js';

/** A message's template text and where it is in the file. */
export interface TemplateField {
  path: FieldPath;
  text: string;
}

/**
 * The message contents of a prompt, read from the raw YAML so that template rules still
 * run when another field fails the schema.
 */
export function templateFields(prompt: ParsedPrompt): TemplateField[] {
  const messages = (prompt.raw as { messages?: unknown } | undefined)?.messages;
  if (!Array.isArray(messages)) return [];
  const fields: TemplateField[] = [];
  messages.forEach((message: unknown, i) => {
    const content = (message as { content?: unknown } | null)?.content;
    if (typeof content === 'string') fields.push({ path: ['messages', i, 'content'], text: content });
  });
  return fields;
}

/** Several rules read the same templates: parse each once per run (bounded, for huge runs). */
const parsed = new Map<string, TemplateInfo | undefined>();

/** Parses a template, or undefined when it does not parse (template-syntax reports that). */
export function tryParse(text: string): TemplateInfo | undefined {
  if (parsed.has(text)) return parsed.get(text);
  let info: TemplateInfo | undefined;
  try {
    info = parseTemplate(text);
  } catch {
    info = undefined;
  }
  if (parsed.size > 2000) parsed.clear();
  parsed.set(text, info);
  return info;
}

/** The partial names reachable from `name` (itself excluded unless it is on a cycle). */
export function partialClosure(names: Iterable<string>, partials: ReadonlyMap<string, string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const text = partials.get(name);
    if (text === undefined) continue;
    for (const ref of tryParse(text)?.partials ?? []) queue.push(ref.name);
  }
  return seen;
}

/** What the message fields use, through partials; `message` in each use indexes `fields`. */
export function fieldUses(fields: readonly TemplateField[], partials: ReadonlyMap<string, string>): TemplateUses {
  return templateUses(fields.map((field) => field.text), partials, tryParse);
}

/** True the first time it sees a key: a finding through a partial is reported once per include. */
export function firstTime(): (...key: (string | number | undefined)[]) => boolean {
  const seen = new Set<string>();
  return (...key) => {
    const text = key.join('\0');
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  };
}
