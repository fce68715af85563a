import { existsSync, mkdirSync, readFileSync, rmSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { InputError } from '../errors.js';

export interface FileWrite {
  /** Repository-relative path. */
  file: string;
  content: string;
}

/** What a path held before a transaction touched it: its bytes, or nothing. */
interface Snapshot {
  file: string;
  before: Buffer | undefined;
}

/**
 * Writes several files as one unit: each file is written atomically (temp file and
 * rename), and if any write fails, every file already written is put back as it was
 * (removed again when it did not exist) and folders created for them are removed.
 */
export async function writeFilesAtomically(root: string, writes: readonly FileWrite[]): Promise<void> {
  const done: Snapshot[] = [];
  const createdDirs: string[] = [];
  let current: FileWrite | undefined;
  try {
    for (const write of writes) {
      current = write;
      const target = path.join(root, write.file);
      // In creation order (outermost first), so the reversed list removes the deepest first.
      createdDirs.push(...missingDirs(path.dirname(target)).reverse());
      mkdirSync(path.dirname(target), { recursive: true });
      const before = readOrUndefined(target);
      await writeFileAtomic(target, write.content);
      // Recorded only once written: a failed atomic write leaves its target as it was.
      done.push({ file: target, before });
    }
  } catch (error) {
    await restore(done);
    for (const dir of createdDirs.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // not empty: something else was put there
      }
    }
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new InputError(`Could not write ${current?.file} (${reason}); nothing was changed.`, {
      file: current?.file,
      hint: 'Check that a folder or file of that name is not in the way and that you may write there.',
      cause: error,
    });
  }
}

/** Puts files back as their snapshots say; one that cannot be restored does not stop the others. */
async function restore(snapshots: readonly Snapshot[]): Promise<void> {
  for (const { file, before } of [...snapshots].reverse()) {
    try {
      if (before === undefined) rmSync(file, { force: true });
      else await writeFileAtomic(file, before);
    } catch {
      // best effort: the original error is the one to report
    }
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Folders from `dir` upwards that do not exist yet, deepest first. */
function missingDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d) && path.dirname(d) !== d; d = path.dirname(d)) missing.push(d);
  return missing;
}
