import path from 'node:path';
import { idFromPath } from '../core/ids.js';
import { UsageError } from '../errors.js';
import { lintMessages } from '../messages/lint.js';
import { WORKTREE, listWorktree, readConfigText, readPartialsAt } from '../store/index.js';
import type { LintInput } from './sources.js';

/**
 * eslint's `--stdin --stdin-filename <path>`: text an editor has not saved yet, linted as if
 * it were that file of the working tree (its id, the working tree's partials and config).
 */
export async function stdinInput(root: string, cwd: string, filename: string, text: string): Promise<LintInput> {
  const file = path.relative(root, path.resolve(cwd, filename)).split(path.sep).join('/');
  const listing = listWorktree(root);
  const id = idFromPath(file, listing.folders);
  if (id === undefined) throw new UsageError(lintMessages.stdinNotAPrompt(filename), { hint: lintMessages.stdinNotAPromptHint });
  const partials = await readPartialsAt(root, WORKTREE, listing);
  const allIds = [...new Set([...listing.prompts.map((p) => p.id), id])];
  return { configText: readConfigText(root), entries: [{ id, file, bytes: Buffer.from(text, 'utf8') }], allIds, partials: partials.texts, diagnostics: partials.diagnostics, folders: listing.folders };
}
