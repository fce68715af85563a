import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { promptMessages } from '../messages/prompts.js';

export interface ParsedVars {
  values: Record<string, unknown>;
  /** Names given as --var text, to be converted to their declared type. */
  fromText: Set<string>;
}

/**
 * Merges `--vars <file.json|->` (typed JSON values) and `--var name=value` pairs (text,
 * converted later to the declared type); --var wins over --vars.
 */
export function parseVarOptions(cwd: string, pairs: readonly string[] = [], varsFile?: string, stdin: () => string = () => readFileSync(0, 'utf8')): ParsedVars {
  // No prototype: a variable named "__proto__" is then a plain (unknown) name, not silently dropped.
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const fromText = new Set<string>();
  if (varsFile !== undefined) {
    const source = varsFile === '-' ? 'standard input' : varsFile;
    let parsed: unknown;
    try {
      const text = varsFile === '-' ? stdin() : readFileSync(path.resolve(cwd, varsFile), 'utf8');
      parsed = JSON.parse(text);
    } catch (error) {
      // JSON.parse quotes the input, newlines included: keep the message on one line.
      const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
      throw new UsageError(promptMessages.varsUnreadable(source, why), { hint: promptMessages.varsUnreadableHint });
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(promptMessages.varsNotObject(source));
    Object.assign(values, parsed);
  }
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(promptMessages.badVar(pair), { hint: 'For example: --var tone=casual' });
    const name = pair.slice(0, eq);
    values[name] = pair.slice(eq + 1);
    fromText.add(name);
  }
  return { values, fromText };
}
