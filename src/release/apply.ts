import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GitIdentityError, PromptgitError } from '../errors.js';
import type { FileWrite } from '../core/write.js';
import { commitPaths, createRefs, createSignedTags, deleteRefs, gitMessage, gitPaths, moveHead, signsTags, taggerIdent, writeTagObjects, type GitPaths, type RefUpdate } from '../git/index.js';
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

export type ReleaseStep = 'write files' | 'commit' | 'write tags' | 'create tags' | 'sign tags';

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

/**
 * Writes each file whole (temp file, then rename), recording each one written so that
 * rollback puts back exactly those. No fsync per file: a release of 1,000 prompts would
 * spend most of its time there, and a crash is covered by git (nothing is committed yet).
 */
function writeAll(root: string, files: readonly FileWrite[], written: Set<string>): void {
  for (const { file, content } of files) {
    const target = path.join(root, file);
    const temp = `${target}.promptgit-${process.pid}.tmp`;
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(temp, content);
    try {
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    written.add(file);
  }
}

async function rollback(write: ReleaseWrite, before: Snapshot, done: AppliedRelease, written: ReadonlySet<string>): Promise<void> {
  if (done.tags.length > 0) await deleteRefs(write.root, done.tags);
  if (done.commit) await moveHead(write.root, before.paths.head, done.commit, 'promptgit release: rolled back');
  if (before.index) writeFileSync(before.paths.indexFile, before.index);
  else rmSync(before.paths.indexFile, { force: true });
  for (const [file, bytes] of before.files) {
    if (!written.has(file)) continue;
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
  const written = new Set<string>();
  try {
    writeAll(write.root, write.files, written);
    interrupts.check();
    if (!write.commit) return done;
    step = 'commit';
    // Nothing to write: tag HEAD (a --no-commit release that was committed since).
    if (write.files.length > 0) done.commit = await commitPaths(write.root, write.files.map((f) => f.file), write.commit.message);
    const target = done.commit ?? before.paths.head;
    interrupts.check();
    step = 'write tags';
    const tags = write.commit.tags.map((t) => ({ ...t, object: target }));
    if (await signsTags(write.root)) {
      // git signs each tag itself and creates its ref: one `git tag -s` per tag, each
      // recorded as soon as it exists so that rollback deletes exactly those.
      step = 'sign tags';
      await createSignedTags(write.root, tags, (ref) => {
        done.tags.push(ref);
        interrupts.check();
      });
      return done;
    }
    const oids = await writeTagObjects(write.root, tags, await taggerIdent(write.root));
    interrupts.check();
    step = 'create tags';
    const refs = write.commit.tags.map((t, i) => ({ ref: `refs/tags/${t.name}`, oid: oids[i]! }));
    await createRefs(write.root, refs, reason);
    done.tags = refs;
    return done;
  } catch (error) {
    try {
      await rollback(write, before, done, written);
    } catch (undo) {
      throw new PromptgitError(releaseMessages.rollbackFailed(step, gitMessage(error), gitMessage(undo)), { hint: releaseMessages.rollbackFailedHint(before.paths.head), cause: undo });
    }
    // A signal may have killed git mid-step: report the signal, not git's complaint.
    if (interrupts.signal) throw new InterruptedError(releaseMessages.interrupted(interrupts.signal), { cause: error });
    // No identity is not a hook's refusal: say what git needs, not what a hook might have done.
    const hint = error instanceof GitIdentityError ? error.hint : releaseMessages.failedHint(step);
    throw new ReleaseFailedError(releaseMessages.failed(step, gitMessage(error)), { hint, cause: error });
  } finally {
    interrupts.dispose();
  }
}
