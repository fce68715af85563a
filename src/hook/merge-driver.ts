import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { localConfigSection, removeLocalConfigSection, setLocalConfig } from '../git/index.js';
import { mergeMessages as m } from '../messages/merge.js';
import { addAttributes, hasAttributes, removeAttributes } from './attributes.js';
import { shellQuote } from './script.js';

export type MergeDriverOutcome = 'installed' | 'unchanged' | 'removed' | 'absent';

const SECTION = 'merge.promptgit';
const ARGS = 'merge-driver %O %A %B %P';

/**
 * The driver command git runs with sh, placeholders quoted by git. Like the pre-commit hook,
 * it calls node and the bin by absolute path (GUI clients run without node_modules/.bin on
 * PATH), then falls back to a promptgit on PATH and to npx: a driver that cannot start
 * would leave every prompt merge as a conflict.
 */
export function driverCommand(node: string, bin: string): string {
  return `node=${shellQuote(node)}; bin=${shellQuote(bin)}; if [ -x "$node" ] && [ -f "$bin" ]; then "$node" "$bin" ${ARGS}; elif command -v promptgit >/dev/null 2>&1; then promptgit ${ARGS}; else npx --no-install promptgit ${ARGS}; fi`;
}

const readText = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** Writes .gitattributes, or removes it when promptgit's lines were all it held. */
async function writeAttributes(file: string, before: string | undefined, text: string): Promise<void> {
  if (text.trim() === '' && before !== undefined && before.trim() !== '') rmSync(file);
  else if (text !== (before ?? '')) await writeFileAtomic(file, text);
}

async function restoreAttributes(file: string, before: string | undefined): Promise<void> {
  if (before === undefined) rmSync(file, { force: true });
  else await writeFileAtomic(file, before);
}

/**
 * Sets merge.promptgit.{name,driver} in the repository's config and marks the prompt files
 * in .gitattributes. Idempotent; if the config cannot be written, .gitattributes is put back.
 */
export async function installMergeDriver(root: string, script: { node: string; bin: string }): Promise<MergeDriverOutcome> {
  const file = path.join(root, '.gitattributes');
  const before = readText(file);
  const wanted: Array<[string, string]> = [[`${SECTION}.name`, m.driverName], [`${SECTION}.driver`, driverCommand(script.node, script.bin)]];
  const current = await localConfigSection(root, SECTION);
  const configured = wanted.every(([key, value]) => current.get(key) === value);
  if (configured && before !== undefined && hasAttributes(before)) return 'unchanged';
  const after = addAttributes(before ?? '');
  await writeAttributes(file, before, after);
  try {
    if (!configured) await setLocalConfig(root, wanted);
  } catch (error) {
    await restoreAttributes(file, before);
    throw error;
  }
  return 'installed';
}

/** Removes merge.promptgit from the config and promptgit's lines from .gitattributes (the user's stay). */
export async function uninstallMergeDriver(root: string): Promise<MergeDriverOutcome> {
  const file = path.join(root, '.gitattributes');
  const before = readText(file);
  const current = await localConfigSection(root, SECTION);
  const after = before === undefined ? undefined : removeAttributes(before);
  if (current.size === 0 && after === before) return 'absent';
  if (after !== undefined) await writeAttributes(file, before, after);
  try {
    if (current.size > 0) await removeLocalConfigSection(root, SECTION);
  } catch (error) {
    await restoreAttributes(file, before);
    throw error;
  }
  return 'removed';
}
