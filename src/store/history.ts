import { PARTIALS_DIR, PROMPTS_DIR, idFiles } from '../core/ids.js';
import { promptFolders } from './config.js';
import { folderPathspecs } from './folders.js';
import { fileHistory, lastPathOf, pathsEverCommitted, pathsLog, readObjects, streamObjects, type FileCommit, type PathsCommit } from '../git/index.js';

export type { FileCommit, PathsCommit };


/** A file's versions, newest first, renames followed: one `git log --follow`. */
export function fileVersions(root: string, file: string, options: { max?: number } = {}): Promise<FileCommit[]> {
  return fileHistory(root, file, options);
}

/** The last committed file of an id that is gone from the working tree, or undefined. */
export async function lastCommittedFile(root: string, id: string): Promise<string | undefined> {
  return lastPathOf(root, idFiles(id, promptFolders(root))).catch(() => undefined);
}

/**
 * Every commit that changes a file or any partial, newest first, in one `git log` walk: the
 * order in which a file's commits and its partials' commits interleave.
 */
export function fileAndPartialCommits(root: string, file: string): Promise<PathsCommit[]> {
  return pathsLog(root, [file, `${PROMPTS_DIR}/${PARTIALS_DIR}`]);
}

/** Objects by name (blob ids, `<commit>:<path>`) in one `cat-file --batch`. */
export function readObjectsByName(root: string, names: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  return readObjects(root, names);
}

/** Objects by name in one `cat-file --batch`, each handed over as soon as git has written it. */
export function streamObjectsByName(root: string, names: readonly string[], onObject: (name: string, bytes: Buffer | undefined) => void): Promise<void> {
  return streamObjects(root, names, onObject);
}

/** Which repository-relative paths (files or folders) were ever committed, on any ref: one git call. */
export function committedPaths(root: string, paths: readonly string[]): Promise<Set<string>> {
  return pathsEverCommitted(root, paths);
}

/** Every commit that changes anything in the prompt folders, newest first, with its changed files: one `git log`. */
export function promptsCommits(root: string): Promise<PathsCommit[]> {
  return pathsLog(root, folderPathspecs(promptFolders(root)));
}
