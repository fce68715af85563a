import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_PATH, idFromPath, idProblem, toPosix } from '../core/ids.js';
// Not the store's index: this runs while the linter loads, so it imports none of the parsers.
import { readObjectsByName } from '../store/history.js';
import { classifyFiles } from '../store/listing.js';
import { collectPartialBytes } from '../store/partial-set.js';
import { inFolders, promptFoldersLight, type PromptFolders } from '../store/folders.js';
import { listIndex, listIndexFor, stagedChangesAnywhere } from '../store/staged.js';
import { INDEX, objectPrefix } from '../store/state.js';
import type { LintInput } from './sources.js';
import { filesById, idOfArgument, named, resolveTargets } from './targets.js';

/**
 * Past this many staged prompts the whole index is listed instead: git matches every
 * pathspec against every index entry, so a bulk change is cheaper read in full.
 */
const MAX_NARROWED_IDS = 100;

/** Statuses with something to lint (a deletion has nothing; an unmerged path is not committable). */
const READABLE = new Set(['A', 'C', 'M', 'R', 'T']);

/** The ids and files the arguments can name, so that a narrowed listing can answer for them. */
function argumentTargets(args: readonly string[], cwd: string, root: string, folders: PromptFolders): { ids: string[]; files: string[] } {
  const ids: string[] = [];
  const files: string[] = [];
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    // A folder selects staged files under it, which the listing has already.
    if (existsSync(abs) && statSync(abs).isDirectory()) continue;
    const rel = toPosix(path.relative(root, abs));
    if (rel !== '' && !rel.startsWith('../') && !path.isAbsolute(rel)) files.push(rel);
    const fileId = idFromPath(rel, folders);
    if (fileId !== undefined) ids.push(fileId);
    const id = idOfArgument(arg, folders);
    if (idProblem(id) === undefined) ids.push(id);
  }
  return { ids, files };
}

function nothingStaged(folders: PromptFolders): LintInput {
  return { entries: [], select: { files: new Set(), partials: new Set() }, allIds: [], partials: new Map(), diagnostics: [], folders };
}

/**
 * The index (what the commit will contain): staged prompts, and prompts including a staged
 * partial. What it reads is bounded by the commit, not the repository: the staged prompts'
 * ids (in any case, with any extension), the partials and the config; only a staged partial
 * (whose includers must be linted) or a bulk change lists the whole index. git runs in three
 * rounds whatever the number of files: diff (beside the root's rev-parse); ls-files beside
 * one cat-file of the staged prompts and the config, by blob id; one cat-file of the
 * partials. A commit that stages nothing lint reads ends after the first round. `from` is
 * any folder of the work tree: the staged files are asked for while `rootFound` is on its way.
 */
export async function stagedInput(rootFound: Promise<string>, from: string, cwd: string, args: readonly string[]): Promise<LintInput> {
  // Outside a repository both fail: the root's error is the one that says so.
  const everything = await stagedChangesAnywhere(from).catch(async (error: unknown) => {
    await rootFound;
    throw error;
  });
  const root = await rootFound;
  const folders = await promptFoldersLight(root);
  const changes = everything.filter((change) => inFolders(change.path, folders));
  const blobs = new Map(changes.filter((c) => READABLE.has(c.status) && c.blob).map((c) => [c.path, c.blob!]));
  const staged = [...blobs.keys()];
  const own = classifyFiles(staged, [], folders);
  if (args.length === 0 && own.prompts.length === 0 && own.invalid.length === 0 && own.partials.size === 0 && !blobs.has(CONFIG_PATH)) return nothingStaged(folders);
  const fromArgs = argumentTargets(args, cwd, root, folders);
  const ids = [...own.prompts.map((p) => p.id), ...own.ambiguous.keys(), ...fromArgs.ids];
  const narrow = own.partials.size === 0 && ids.length <= MAX_NARROWED_IDS;
  // By blob id where known; an unstaged config is HEAD's (the index holds HEAD's unless staged).
  const configDeleted = changes.some((c) => c.path === CONFIG_PATH && c.status === 'D');
  const nameOf = (file: string) => blobs.get(file) ?? (file === CONFIG_PATH ? `HEAD:${file}` : `${objectPrefix(INDEX)}${file}`);
  const read = (files: Iterable<string>) => readObjectsByName(root, [...files].map(nameOf));
  const [index, first] = await Promise.all([
    narrow ? listIndexFor(root, ids, [...staged, ...fromArgs.files], folders) : listIndex(root, folders),
    read([...own.prompts.map((p) => p.file), ...(configDeleted ? [] : [CONFIG_PATH])]),
  ]);
  const { listing } = index;
  for (const [file, blob] of index.blobs) if (!blobs.has(file)) blobs.set(file, blob);
  const files = filesById(listing);
  const indexed = new Set(listing.files);
  const narrowed = args.length === 0 ? undefined : resolveTargets(args, { cwd, root, files, partials: listing.partials, has: (rel) => indexed.has(rel), folders });
  const stagedSet = new Set(staged);
  const stagedPartials = new Set([...listing.partials].filter(([name, file]) => stagedSet.has(file) && (!narrowed || narrowed.partials.has(name))).map(([name]) => name));
  const wanted = new Set([...files.values()].filter((file) => stagedSet.has(file) && (!narrowed || narrowed.files.has(file))));
  const toRead = listing.prompts.filter((p) => stagedPartials.size > 0 || wanted.has(p.file));
  const rest = await read([...toRead.map((p) => p.file), ...listing.partials.values()].filter((file) => !first.has(nameOf(file))));
  const bytes = (file: string) => first.get(nameOf(file)) ?? rest.get(nameOf(file));
  const partials = collectPartialBytes(listing, bytes);
  const entries = toRead.map((p) => ({ id: p.id, file: p.file, bytes: bytes(p.file) ?? Buffer.alloc(0) }));
  // Only the staged files' own problems: a bad name elsewhere in the index does not block this commit.
  const diagnostics = [...listing.diagnostics.filter((d) => stagedSet.has(d.file) && (!narrowed || named(narrowed, d.file))), ...partials.diagnostics];
  return {
    configText: configDeleted ? undefined : bytes(CONFIG_PATH)?.toString('utf8'),
    entries,
    select: { files: wanted, partials: stagedPartials },
    allIds: listing.prompts.map((p) => p.id),
    partials: partials.texts,
    diagnostics,
    folders,
    ...(narrowed ? { targets: narrowed } : {}),
  };
}
