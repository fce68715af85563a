import type { PromptRef } from '../core/refs.js';
import { parseDecoded, type ParsedPrompt } from '../core/parse.js';
import { InputError } from '../errors.js';
import { fileHistory, listTreeFiles } from '../git/index.js';
import { diffMessages as m } from '../messages/diff.js';
import { storeMessages as sm } from '../messages/store.js';
import { promptFolders } from './config.js';
import { folderPathspecs } from './folders.js';
import { classifyFiles, type Listing } from './listing.js';
import { readPartialsAt, type PartialSet } from './partials.js';
import { decodedOf, listState, readFilesAt } from './read.js';
import { noSuchPrompt, releaseRef, resolveState } from './resolve.js';
import { fileKey, type State } from './state.js';
import { listWorktreePartials, worktreeFilesOf } from './worktree.js';

/** A prompt read at a reference, valid or not, with the partials of that same state. */
export interface PromptAt {
  prompt: ParsedPrompt;
  partials: Map<string, string>;
  /** Partials of that state that exist but could not be read, with why. */
  partialProblems: Map<string, string>;
  /** The reference as written: `support/triage@1.2.0`. */
  ref: string;
  state: State;
  /** The commit it was read from (absent for the working tree and the index). */
  commit?: string;
}

function ambiguous(id: string, files: readonly string[]): InputError {
  return new InputError(sm.ambiguousId(id, files), { file: files[0], hint: sm.ambiguousIdHint });
}

/** The file of an id among a state's files, or undefined; throws when two files claim it. */
export function fileOfId(listing: Listing, id: string): string | undefined {
  const claimed = listing.ambiguous.get(id);
  if (claimed) throw ambiguous(id, claimed);
  return listing.prompts.find((p) => p.id === id)?.file;
}

/**
 * Where a prompt that is now `id` lived at a commit: its own path if it is there, else a
 * path it had before a rename (read from one `git log --follow` of its current path).
 */
async function pathAtCommit(root: string, id: string, listing: Listing): Promise<string | undefined> {
  const direct = fileOfId(listing, id);
  if (direct) return direct;
  const folders = promptFolders(root);
  const current = worktreeFilesOf(root, id, folders)[0] ?? fileOfIdQuiet(classifyFiles(await listTreeFiles(root, 'HEAD', folderPathspecs(folders)).catch(() => []), [], folders), id);
  if (!current) return undefined;
  const present = new Set(listing.files);
  for (const entry of await fileHistory(root, current).catch(() => [])) {
    if (present.has(entry.from)) return entry.from;
    if (present.has(entry.path)) return entry.path;
  }
  return undefined;
}

function fileOfIdQuiet(listing: Listing, id: string): string | undefined {
  return listing.prompts.find((p) => p.id === id)?.file ?? listing.ambiguous.get(id)?.[0];
}

async function readAt(root: string, id: string, state: State, file: string, partials: PartialSet, ref: string): Promise<PromptAt> {
  const read = (await readFilesAt(root, [{ state, file }])).get(fileKey(state, file));
  const prompt = parseDecoded(decodedOf(read, file), id, file);
  return { prompt, partials: partials.texts, partialProblems: partials.problems, ref, state, ...(state.kind === 'commit' ? { commit: state.commit } : {}) };
}

/**
 * Reads a prompt at a reference, or undefined when the reference is good (the revision
 * exists) but the prompt is not there: `diff` shows that as an added or removed prompt.
 * The prompt comes with the partials of the same state.
 */
export async function findPromptAt(root: string, written: PromptRef): Promise<PromptAt | undefined> {
  const ref = releaseRef(root, written);
  const state = await resolveState(root, ref.id, ref.at);
  if (state.kind === 'worktree') {
    // No walk of the whole tree: the id's candidate files, and the partials folder.
    const files = worktreeFilesOf(root, ref.id);
    if (files.length > 1) throw ambiguous(ref.id, files);
    if (files.length === 0) return undefined;
    const listing = listWorktreePartials(root);
    return readAt(root, ref.id, state, files[0]!, await readPartialsAt(root, state, listing), ref.text);
  }
  const listing = await listState(root, state);
  const file = state.kind === 'index' ? fileOfId(listing, ref.id) : await pathAtCommit(root, ref.id, listing);
  if (!file) return undefined;
  return readAt(root, ref.id, state, file, await readPartialsAt(root, state, listing), ref.text);
}

/** The error for a prompt that is not at a (valid) reference. */
export function missingPromptError(ref: PromptRef, root?: string): InputError {
  if (ref.at.kind === 'worktree') return noSuchPrompt(root, ref.id);
  if (ref.at.kind === 'index') return new InputError(m.notInIndex(ref.id), { hint: m.notInIndexHint(ref.id) });
  return new InputError(m.notAtRevision(ref.id, ref.text.slice(ref.id.length + 1)), { hint: m.notAtRevisionHint(ref.id) });
}

/** Reads a prompt at a reference: the working tree, the index, a release or any revision. */
export async function readPromptAt(root: string, ref: PromptRef): Promise<PromptAt> {
  const at = await findPromptAt(root, ref);
  if (!at) throw missingPromptError(ref, root);
  return at;
}
