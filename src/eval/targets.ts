import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { idFromPath, stripPromptExtension, toPosix } from '../core/ids.js';
import { decodePromptBytes } from '../core/decode.js';
import { parseDecoded, type ParsedPrompt } from '../core/parse.js';
import { parseRef } from '../core/refs.js';
import type { PromptFile } from '../core/schema.js';
import { assertValid } from '../core/valid.js';
import { InputError } from '../errors.js';
import { evalMessages as m } from '../messages/eval.js';
import { WORKTREE, listWorktreePartials, readPartialsAt, readPromptAt, readWorkspace } from '../store/index.js';

/** A prompt named on the command line (or found with testData), read at its state with that state's partials. */
export interface NamedPrompt {
  /** How reports name it: the id, `id@ref` for another state, the path for a file outside .prompts/. */
  label: string;
  /** The bare id (recordings and shards use it). */
  id: string;
  prompt: ParsedPrompt & { data: PromptFile };
  partials: Map<string, string>;
  /** Whether it can be read at another revision by id (--compare). */
  byId: boolean;
}

function looksLikeFile(arg: string): boolean {
  return stripPromptExtension(arg) !== undefined || arg.includes(path.sep) && existsSync(arg);
}

/**
 * The prompts of `promptgit eval [<ref|id|file>...]`: with no argument, every prompt of the
 * working tree that has testData; an existing file by path, anywhere (partials from the working
 * tree); anything else as a prompt reference through the store (`id`, `id@1.2.0`, `id@HEAD~1`).
 */
export async function namedPrompts(root: string, cwd: string, args: readonly string[]): Promise<NamedPrompt[]> {
  if (args.length === 0) {
    const workspace = await readWorkspace(root);
    const withRows = workspace.prompts.filter((p) => Array.isArray((p.raw as { testData?: unknown } | null)?.testData));
    for (const p of withRows) assertValid(p);
    if (withRows.length === 0) throw new InputError(m.noTestData, { hint: m.noTestDataHint });
    return withRows.map((p) => ({ label: p.id, id: p.id, prompt: p as NamedPrompt['prompt'], partials: workspace.partials, byId: true }));
  }
  const out: NamedPrompt[] = [];
  let worktreePartials: Map<string, string> | undefined;
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    if (looksLikeFile(arg) && existsSync(full) && statSync(full).isFile()) {
      const rel = toPosix(path.relative(root, full));
      const inside = !rel.startsWith('../') && !path.isAbsolute(rel);
      const id = (inside ? idFromPath(rel) : undefined) ?? stripPromptExtension(inside ? rel : toPosix(arg)) ?? rel;
      const prompt = parseDecoded(decodePromptBytes(readFileSync(full), inside ? rel : arg), id, inside ? rel : arg);
      assertValid(prompt);
      worktreePartials ??= (await readPartialsAt(root, WORKTREE, listWorktreePartials(root)).catch(() => ({ texts: new Map<string, string>() }))).texts;
      out.push({ label: inside && idFromPath(rel) ? id : toPosix(arg), id, prompt, partials: worktreePartials, byId: inside && idFromPath(rel) !== undefined });
      continue;
    }
    if (looksLikeFile(arg) && !arg.includes('@')) throw new InputError(m.notAFile(arg), { hint: m.notAFileHint });
    const ref = parseRef(arg);
    const at = await readPromptAt(root, ref);
    assertValid(at.prompt);
    out.push({ label: ref.text, id: ref.id, prompt: at.prompt, partials: at.partials, byId: true });
  }
  return out;
}
