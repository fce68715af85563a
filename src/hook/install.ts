import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UsageError } from '../errors.js';
import { hooksDir } from '../git/index.js';
import { lintMessages } from '../messages/lint.js';
import { CHAINED_SUFFIX, HOOK_MARKER, hookScript } from './script.js';

export type HookOutcome = 'installed' | 'updated' | 'unchanged' | 'chained' | 'removed' | 'restored' | 'absent' | 'foreign';

export interface HookResult {
  outcome: HookOutcome;
  /** The hook file. */
  file: string;
}

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/**
 * Installs promptgit's pre-commit hook. A hook that is not promptgit's is never overwritten:
 * without `force` this refuses; with it the hook is kept beside ours and run first.
 */
export async function installHook(root: string, script: { node: string; bin: string }, force = false): Promise<HookResult> {
  const dir = await hooksDir(root);
  const file = path.join(dir, 'pre-commit');
  const chained = file + CHAINED_SUFFIX;
  const content = hookScript(script.node, script.bin);
  const existing = read(file);
  if (existing === content) return { outcome: 'unchanged', file };
  const foreign = existing !== undefined && !existing.includes(HOOK_MARKER);
  if (foreign && !force) throw new UsageError(lintMessages.hookForeign(file), { hint: lintMessages.hookForeignHint });
  if (foreign && existsSync(chained)) throw new UsageError(lintMessages.hookChainTaken(chained), { hint: lintMessages.hookChainTakenHint });
  mkdirSync(dir, { recursive: true });
  if (foreign) renameSync(file, chained);
  try {
    await writeFileAtomic(file, content, { mode: 0o755 });
    chmodSync(file, 0o755);
  } catch (error) {
    if (foreign) renameSync(chained, file);
    throw error;
  }
  return { outcome: foreign ? 'chained' : existing === undefined ? 'installed' : 'updated', file };
}

/** Removes promptgit's hook and puts back the hook it had kept aside, if any. */
export async function uninstallHook(root: string): Promise<HookResult> {
  const file = path.join(await hooksDir(root), 'pre-commit');
  const chained = file + CHAINED_SUFFIX;
  const existing = read(file);
  if (existing === undefined) return { outcome: 'absent', file };
  // Not ours: nothing of promptgit's to remove, and someone else's hook is left alone.
  if (!existing.includes(HOOK_MARKER)) return { outcome: 'foreign', file };
  if (existsSync(chained)) {
    renameSync(chained, file);
    return { outcome: 'restored', file };
  }
  rmSync(file);
  return { outcome: 'removed', file };
}
