import { decodePromptBytes, type DecodeResult } from '../core/decode.js';
import { listIndexFiles, listTreeFiles, readObjects } from '../git/index.js';
import { promptFolders } from './config.js';
import { folderPathspecs } from './folders.js';
import { classifyFiles, type Listing } from './listing.js';
import { fileKey, objectPrefix, type State } from './state.js';
import { listWorktree, readRepoFile, readWorktreeText, repoFileProblem } from './worktree.js';

/** One file at one state. */
export interface FileAt {
  state: State;
  file: string;
}

/** What a batched read gave for one file: its text, or why it has none (missing: no diagnostic, no text). */
export type ReadResult = DecodeResult | { text?: undefined; diagnostic?: undefined; missing: true };

/**
 * Reads files at any states in one batch: every git object (index or commit) through ONE
 * `git cat-file --batch`, working-tree files from disk. Keyed by `fileKey(state, file)`.
 */
export async function readFilesAt(root: string, wanted: readonly FileAt[]): Promise<Map<string, ReadResult>> {
  const result = new Map<string, ReadResult>();
  const specs: string[] = [];
  for (const { state, file } of wanted) {
    const prefix = objectPrefix(state);
    if (prefix === undefined) result.set(fileKey(state, file), readWorktreeText(root, file));
    else specs.push(`${prefix}${file}`);
  }
  if (specs.length === 0) return result;
  const objects = await readObjects(root, specs);
  for (const { state, file } of wanted) {
    const prefix = objectPrefix(state);
    if (prefix === undefined) continue;
    const bytes = objects.get(`${prefix}${file}`);
    result.set(fileKey(state, file), bytes === undefined ? { missing: true } : decodePromptBytes(bytes, file));
  }
  return result;
}

/** Raw bytes of files at any states (git objects in one `cat-file --batch`), for callers that parse bytes themselves; undefined when absent. */
export async function readBytesAt(root: string, wanted: readonly FileAt[]): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  const specs: string[] = [];
  for (const { state, file } of wanted) {
    const prefix = objectPrefix(state);
    if (prefix !== undefined) specs.push(`${prefix}${file}`);
    else result.set(fileKey(state, file), repoFileProblem(root, file) === undefined ? readRepoFile(root, file) : undefined);
  }
  const objects = await readObjects(root, specs);
  for (const { state, file } of wanted) {
    const prefix = objectPrefix(state);
    if (prefix !== undefined) result.set(fileKey(state, file), objects.get(`${prefix}${file}`));
  }
  return result;
}

/** The files in the prompt folders at a state, classified: one git call for the index or a commit, whatever the number of folders. */
export async function listState(root: string, state: State): Promise<Listing> {
  const folders = promptFolders(root);
  if (state.kind === 'worktree') return listWorktree(root, folders);
  const specs = folderPathspecs(folders);
  const files = state.kind === 'index' ? await listIndexFiles(root, specs) : await listTreeFiles(root, state.commit, specs);
  return classifyFiles(files, [], folders);
}

/** A read result as the parser takes it: a file listed but absent reads as empty, which the parser reports. */
export function decodedOf(result: ReadResult | undefined, file: string): DecodeResult {
  return !result || 'missing' in result ? decodePromptBytes(new Uint8Array(), file) : result;
}
