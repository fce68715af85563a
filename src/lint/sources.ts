import { CONFIG_PATH } from '../core/config.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { INDEX, WORKTREE, stagedFiles, collectPartialBytes, fileKey, listState, listWorktree, readBytesAt, readConfigText, readPartialsAt, type Listing } from '../store/index.js';
import { resolveTargets, type Targets } from './targets.js';
import type { LintEntry, Selection } from './task.js';

/** What a lint run reads: from the working tree, or from the index with --staged. */
export interface LintInput {
  /** The text of `.prompts/_config.yaml`, when there is one. */
  configText?: string;
  /** The prompts to read and lint, in path order; read one at a time, so a large repository is never held in memory at once. */
  entries: LintEntry[];
  /** When the run was narrowed by arguments or --staged: which of the entries are linted. */
  select?: Selection;
  allIds: string[];
  partials: Map<string, string>;
  /** Problems that belong to no prompt being linted: a bad file name, an unreadable partial. */
  diagnostics: Diagnostic[];
  /** What the arguments resolved to, when there were any (settleTargets reads it). */
  targets?: Targets;
}

/** Whether a file-level problem is about a file the run was narrowed to. */
function named(targets: Targets, file: string): boolean {
  return targets.files.has(file) || targets.paths.has(file) || targets.dirs.some((dir) => file.startsWith(dir));
}

/** The working tree: every prompt, or those the arguments name (and those including a named partial). */
export async function workingTreeInput(root: string, cwd: string, args: readonly string[]): Promise<LintInput> {
  const listing = listWorktree(root);
  const partials = await readPartialsAt(root, WORKTREE, listing);
  const diagnostics = [...listing.diagnostics, ...partials.diagnostics];
  const configText = readConfigText(root);
  const allIds = listing.prompts.map((p) => p.id);
  if (args.length === 0) return { configText, entries: listing.prompts, allIds, partials: partials.texts, diagnostics };
  const select = resolveTargets(args, { cwd, root, files: filesById(listing), partials: listing.partials, has: () => false });
  // Without a named partial, only the named files need reading.
  const entries = select.partials.size === 0 ? listing.prompts.filter((p) => select.files.has(p.file)) : listing.prompts;
  return { configText, entries, select, allIds, partials: partials.texts, diagnostics: diagnostics.filter((d) => named(select, d.file)), targets: select };
}

function filesById(listing: Listing): Map<string, string> {
  return new Map(listing.prompts.map((p) => [p.id, p.file]));
}

/**
 * The index (what the commit will contain): staged prompts, and prompts including a staged
 * partial. Three git processes whatever the number of files: diff, ls-files and one cat-file.
 */
export async function stagedInput(root: string, cwd: string, args: readonly string[]): Promise<LintInput> {
  const [staged, listing] = await Promise.all([stagedFiles(root), listState(root, INDEX)]);
  const files = filesById(listing);
  const indexedSet = new Set(listing.files);
  const narrowed = args.length === 0 ? undefined : resolveTargets(args, { cwd, root, files, partials: listing.partials, has: (rel) => indexedSet.has(rel) });
  const stagedSet = new Set(staged);
  const stagedPartials = new Set([...listing.partials].filter(([name, file]) => stagedSet.has(file) && (!narrowed || narrowed.partials.has(name))).map(([name]) => name));
  const wanted = new Set([...files.values()].filter((file) => stagedSet.has(file) && (!narrowed || narrowed.files.has(file))));
  const toRead = listing.prompts.filter((p) => stagedPartials.size > 0 || wanted.has(p.file));
  const blobs = await readBytesAt(root, [...[...toRead.map((p) => p.file), ...listing.partials.values(), CONFIG_PATH].map((file) => ({ state: INDEX, file }))]);
  const partials = collectPartialBytes(listing, (file) => blobs.get(fileKey(INDEX, file)));
  const entries = toRead.map((p) => ({ id: p.id, file: p.file, bytes: blobs.get(fileKey(INDEX, p.file)) ?? Buffer.alloc(0) }));
  // Only the staged files' own problems: a bad name elsewhere in the index does not block this commit.
  const diagnostics = [...listing.diagnostics.filter((d) => stagedSet.has(d.file) && (!narrowed || named(narrowed, d.file))), ...partials.diagnostics];
  return {
    configText: blobs.get(fileKey(INDEX, CONFIG_PATH))?.toString('utf8'),
    entries,
    select: { files: wanted, partials: stagedPartials },
    allIds: listing.prompts.map((p) => p.id),
    partials: partials.texts,
    diagnostics,
    ...(narrowed ? { targets: narrowed } : {}),
  };
}
