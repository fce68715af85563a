import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { InputError } from '../errors.js';
import { mergePrompt } from '../core/merge/prompt-merge.js';
import { mergeFiles, mergeTexts } from '../git/merge-file.js';
import { mergeMessages as m } from '../messages/merge.js';
import type { CommandContext } from './context.js';

export interface MergeDriverOptions extends CommandContext {
  /** git's %O, %A, %B: temporary files of the base, ours (the result goes here) and theirs. */
  base: string;
  ours: string;
  theirs: string;
  /** git's %P: the path being merged, for messages. */
  path?: string;
}

// ignoreBOM keeps a byte order mark in the text, so the merged file keeps ours'.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const PROMPT_FILE = /\.ya?ml$/i;

function read(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new InputError(m.missingFile(file), { file, hint: m.missingFileHint, cause: error });
  }
}

function decode(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * `promptgit merge-driver %O %A %B %P`: git's merge driver for prompt files. Merges field
 * by field (see core/merge/), else as plain text with git merge-file; writes the result
 * to %A atomically and exits 0 when clean, 1 when conflicts are left for the user.
 */
export async function mergeDriver(options: MergeDriverOptions): Promise<number> {
  const { cwd, reporter } = options;
  const file = options.path ?? options.ours;
  const bytes = { base: read(options.base), ours: read(options.ours), theirs: read(options.theirs) };
  const texts = { base: decode(bytes.base), ours: decode(bytes.ours), theirs: decode(bytes.theirs) };
  if (texts.base === undefined || texts.ours === undefined || texts.theirs === undefined) {
    // Not text: %A stays ours, and the non-zero exit tells git the file is in conflict.
    reporter.err(m.binary(file));
    return 1;
  }
  const merged = PROMPT_FILE.test(file) ? await mergePrompt({ base: texts.base, ours: texts.ours, theirs: texts.theirs }, (b, o, t) => mergeTexts(cwd, { base: b, ours: o, theirs: t })) : undefined;
  if (merged) {
    await writeFileAtomic(options.ours, merged.text);
    if (merged.conflicts.length === 0) return 0;
    reporter.err(m.conflicts(file, merged.conflicts));
    return 1;
  }
  const plain = await mergeFiles(cwd, { base: options.base, ours: options.ours, theirs: options.theirs });
  await writeFileAtomic(options.ours, plain.content);
  if (plain.conflicts === 0) return 0;
  reporter.err(m.textConflicts(file, plain.conflicts));
  return 1;
}
