// Not the store's index, which would load every reader (and semver) into each lint run.
import { readRepoFile } from '../store/worktree.js';
import { parseBytes, parsePrompt, type ParsedPrompt } from '../core/parse.js';
import { lintPrompt, type EngineContext } from './engine.js';
import { applyFixes } from './fix.js';
import { partialClosure, templateFields, tryParse } from './templates.js';
import type { LintResult } from './types.js';

/** A prompt to lint: read from the working tree, or given as bytes (a staged blob). */
export interface LintEntry {
  id: string;
  file: string;
  bytes?: Uint8Array;
}

/** Which entries are linted when the run was narrowed: files named, and prompts including one of the partials. */
export interface Selection {
  files: ReadonlySet<string>;
  partials: ReadonlySet<string>;
}

/**
 * Everything needed to lint a list of entries. Plain data (maps and sets included), so the
 * same job runs on the main thread or is copied to a worker thread.
 */
export interface LintJob {
  root: string;
  entries: LintEntry[];
  select?: Selection;
  context: EngineContext;
  fix: boolean;
}

/** What linting one entry gave: no result when the selection left it out; `fixed` when --fix changed it. */
export interface EntryOutcome {
  result?: LintResult;
  fixed?: string;
}

/** Fixing converges in a few passes: each pass applies the fixes that do not overlap. */
const MAX_FIX_PASSES = 10;

/** Whether a prompt includes, directly or not, one of `names`. */
export function includesAny(prompt: ParsedPrompt, names: ReadonlySet<string>, partials: ReadonlyMap<string, string>): boolean {
  if (names.size === 0) return false;
  const direct = templateFields(prompt).flatMap((f) => tryParse(f.text)?.partials.map((p) => p.name) ?? []);
  return [...partialClosure(direct, partials)].some((name) => names.has(name));
}

function lintWithFixes(prompt: ParsedPrompt, context: EngineContext): EntryOutcome {
  let result = lintPrompt(prompt, context);
  let text = prompt.text;
  for (let pass = 0; pass < MAX_FIX_PASSES && result.fixableCount > 0; pass++) {
    const next = applyFixes(text, result.messages);
    if (next.applied === 0 || next.text === text) break;
    text = next.text;
    result = lintPrompt(parsePrompt(text, prompt.id, prompt.file), context);
  }
  return text === prompt.text ? { result } : { result, fixed: text };
}

/** Reads (from the working tree, unless it has its bytes) and parses one entry. */
export function parseEntry(root: string, entry: LintEntry): ParsedPrompt {
  return parseBytes(entry.bytes ?? readRepoFile(root, entry.file), entry.id, entry.file);
}

/** Reads (unless `parsed` has it), parses and lints one entry. */
export function lintEntry(job: LintJob, entry: LintEntry, parsed?: ReadonlyMap<string, ParsedPrompt>): EntryOutcome {
  const prompt = parsed?.get(entry.file) ?? parseEntry(job.root, entry);
  if (job.select && !job.select.files.has(prompt.file) && !includesAny(prompt, job.select.partials, job.context.partials)) return {};
  return job.fix ? lintWithFixes(prompt, job.context) : { result: lintPrompt(prompt, job.context) };
}
