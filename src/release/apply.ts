import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PromptgitError } from '../errors.js';
import { writeFilesAtomically, type FileWrite } from '../core/write.js';
import { commitPaths, createRefs, deleteRefs, gitMessage, gitPaths, moveHead, taggerIdent, writeTagObjects, type GitPaths, type RefUpdate } from '../git/index.js';
import { releaseMessages } from '../messages/release.js';
import { InterruptedError, guardInterrupts } from './interrupt.js';

export interface ReleaseWrite {
  root: string;
  /** The prompt files with their new version, and the changelog. */
  files: readonly FileWrite[];
  /** Omitted with --no-commit: files only. */
  commit?: { message: string; tags: ReadonlyArray<{ name: string; message: string }> };
}

export interface AppliedRelease {
  /** The release commit; absent when nothing was committed. */
  commit?: string;
  tags: RefUpdate[];
}

export type ReleaseStep = 'write files' | 'commit' | 'write tags' | 'create tags';

/** A step failed; everything the release had done was undone. */
export class ReleaseFailedError extends PromptgitError {}

interface Snapshot {
  paths: GitPaths;
  index: Buffer | undefined;
  files: Map<string, Buffer | undefined>;
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** What rollback needs to restore: HEAD, the index file's bytes, each file's bytes. */
async function snapshot(write: ReleaseWrite): Promise<Snapshot> {
  const paths = await gitPaths(write.root);
  const files = new Map(write.files.map((f) => [f.file, readOrUndefined(path.join(write.root, f.file))]));
  return { paths, index: readOrUndefined(paths.indexFile), files };
}

async function rollback(write: ReleaseWrite, before: Snapshot, done: AppliedRelease, filesWritten: boolean): Promise<void> {
  if (done.tags.length > 0) await deleteRefs(write.root, done.tags);
  if (done.commit) await moveHead(write.root, before.paths.head, done.commit, 'promptgit release: rolled back');
  if (before.index) writeFileSync(before.paths.indexFile, before.index);
  else rmSync(before.paths.indexFile, { force: true });
  // writeFilesAtomically puts the files back itself when it fails halfway.
  if (!filesWritten) return;
  for (const [file, bytes] of before.files) {
    const target = path.join(write.root, file);
    if (bytes === undefined) rmSync(target, { force: true });
    else writeFileSync(target, bytes);
  }
}

/**
 * Applies a release as one unit: files, one commit, the annotated tag objects, then
 * every tag ref in one atomic transaction. If any step fails or a signal arrives,
 * HEAD, the index, the files and the tags are restored to their state before it.
 */
export async function applyRelease(write: ReleaseWrite, reason = 'promptgit release'): Promise<AppliedRelease> {
  const before = await snapshot(write);
  const done: AppliedRelease = { tags: [] };
  const interrupts = guardInterrupts();
  let step: ReleaseStep = 'write files';
  let filesWritten = false;
  try {
    await writeFilesAtomically(write.root, write.files);
    filesWritten = true;
    interrupts.check();
    if (!write.commit) return done;
    step = 'commit';
    // Nothing to write: tag HEAD (a --no-commit release that was committed since).
    if (write.files.length > 0) done.commit = await commitPaths(write.root, write.files.map((f) => f.file), write.commit.message);
    const target = done.commit ?? before.paths.head;
    interrupts.check();
    step = 'write tags';
    const tagger = await taggerIdent(write.root);
    const oids = await writeTagObjects(write.root, write.commit.tags.map((t) => ({ ...t, object: target })), tagger);
    interrupts.check();
    step = 'create tags';
    const refs = write.commit.tags.map((t, i) => ({ ref: `refs/tags/${t.name}`, oid: oids[i]! }));
    await createRefs(write.root, refs, reason);
    done.tags = refs;
    return done;
  } catch (error) {
    try {
      await rollback(write, before, done, filesWritten);
    } catch (undo) {
      throw new PromptgitError(releaseMessages.rollbackFailed(step, gitMessage(error), gitMessage(undo)), { hint: releaseMessages.rollbackFailedHint(before.paths.head), cause: undo });
    }
    // A signal may have killed git mid-step: report the signal, not git's complaint.
    if (interrupts.signal) throw new InterruptedError(releaseMessages.interrupted(interrupts.signal), { cause: error });
    throw new ReleaseFailedError(releaseMessages.failed(step, gitMessage(error)), { hint: releaseMessages.failedHint(step), cause: error });
  } finally {
    interrupts.dispose();
  }
}
