import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { findRepoRoot } from '../git/index.js';
import { PROMPTS_DIR, SCHEMA_FILE, idProblem, pathForNewId } from '../core/ids.js';
import { listWorktree, worktreeFilesOf } from '../store/index.js';
import { PROMPT_TEMPLATES, displayName, fillTemplate, readTemplate, schemaRefFor, type PromptTemplate } from '../core/templates.js';
import { writeFilesAtomically } from '../core/write.js';
import { promptMessages } from '../messages/prompts.js';
import { setupMessages } from '../messages/setup.js';
import type { CommandContext } from './context.js';

export interface NewOptions extends CommandContext {
  id: string;
  template?: string;
}

/** `promptgit new <id>`: writes a new prompt file from a template. */
export async function newPrompt(options: NewOptions): Promise<number> {
  const { id, reporter } = options;
  const problem = idProblem(id);
  if (problem) throw new UsageError(promptMessages.invalidId(id, problem), { hint: promptMessages.invalidIdHint });
  const template = (options.template ?? 'chat') as PromptTemplate;
  if (!PROMPT_TEMPLATES.includes(template)) throw new UsageError(setupMessages.unknownTemplate(template, PROMPT_TEMPLATES.join(', ')));
  const root = await findRepoRoot(options.cwd);
  const existing = worktreeFilesOf(root, id)[0];
  if (existing) throw new InputError(setupMessages.newExists(existing), { file: existing, hint: setupMessages.newExistsHint });
  // On macOS and Windows checkouts two ids that differ only by case are one file: refuse before writing the second.
  const twin = listWorktree(root).prompts.find((entry) => entry.id !== id && entry.id.toLowerCase() === id.toLowerCase());
  if (twin) throw new InputError(setupMessages.newCaseTwin(id, twin.id), { file: twin.file, hint: setupMessages.newCaseTwinHint(twin.id) });
  const file = pathForNewId(id);
  const content = fillTemplate(readTemplate(`prompt-${template}.yaml`), { SCHEMA: schemaRefFor(file), NAME: displayName(id) });
  await writeFilesAtomically(root, [{ file, content }]);
  reporter.out(setupMessages.newCreated(file));
  reporter.err(setupMessages.newNext(id));
  if (!existsSync(path.join(root, PROMPTS_DIR, SCHEMA_FILE))) reporter.err(setupMessages.newNoSchema);
  return 0;
}
