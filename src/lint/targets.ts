import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { idProblem, toPosix } from '../core/ids.js';
import { folderOfPath, type PromptFolders } from '../core/folders.js';
import { InputError } from '../errors.js';
import { lintMessages } from '../messages/lint.js';
import type { Listing } from '../store/listing.js';
import { committedPaths } from '../store/index.js';

export interface TargetScope {
  cwd: string;
  root: string;
  /** Prompt file by id, in the tree being linted (working tree or index). */
  files: ReadonlyMap<string, string>;
  /** Partial file by partial name. */
  partials: ReadonlyMap<string, string>;
  /** Whether a repository-relative path exists in the tree being linted. */
  has(rel: string): boolean;
  /** The prompt folders. */
  folders: PromptFolders;
}

/** An argument as an id: `.github/prompts/a/b` (a folder's path, no extension) is the id a/b, as `.prompts/a/b` is. */
export function idOfArgument(arg: string, folders: PromptFolders): string {
  const folder = folderOfPath(arg, folders);
  return folder === undefined ? arg : arg.slice(folder.length + 1);
}

export interface Targets {
  /** Prompt files named, directly or through a folder. */
  files: Set<string>;
  /** Partials named: the prompts that include them are linted too. */
  partials: Set<string>;
  /** Every repository-relative path named that is not a prompt (its file-level problems are reported). */
  paths: Set<string>;
  /** Folders named, as `dir/` prefixes. */
  dirs: string[];
  /** Arguments that name nothing in the tree being linted, with their repository-relative path: see settleTargets. */
  unresolved: { arg: string; rel: string }[];
}

/**
 * Turns command-line arguments into prompt files. Ids and paths (relative, absolute, as
 * lint-staged and pre-commit pass them) are accepted; paths outside the prompt folders or
 * not prompts are skipped; an argument that names nothing is left in `unresolved` for
 * settleTargets to ask git about, unless it lies outside the repository.
 */
export function resolveTargets(args: readonly string[], scope: TargetScope): Targets {
  const targets: Targets = { files: new Set(), partials: new Set(), paths: new Set(), dirs: [], unresolved: [] };
  const byFile = new Set(scope.files.values());
  const partialByFile = new Map([...scope.partials].map(([name, file]) => [file, name]));
  for (const arg of args) {
    const abs = path.resolve(scope.cwd, arg);
    const rel = toPosix(path.relative(scope.root, abs));
    const onDisk = existsSync(abs);
    if (onDisk && statSync(abs).isDirectory()) {
      const prefix = rel === '' ? '' : `${rel}/`;
      targets.dirs.push(prefix);
      for (const file of byFile) if (file.startsWith(prefix)) targets.files.add(file);
      continue;
    }
    if (onDisk || scope.has(rel)) {
      if (byFile.has(rel)) targets.files.add(rel);
      else if (partialByFile.has(rel)) targets.partials.add(partialByFile.get(rel)!);
      else targets.paths.add(rel);
      continue;
    }
    const id = idOfArgument(arg, scope.folders);
    if (idProblem(id) === undefined && scope.files.has(id)) {
      targets.files.add(scope.files.get(id)!);
      continue;
    }
    if (rel === '..' || rel.startsWith('../') || path.isAbsolute(rel)) throw noSuchTarget(arg);
    targets.unresolved.push({ arg, rel });
  }
  return targets;
}

/** A listing's prompt files by id, the scope's `files`. */
export function filesById(listing: Pick<Listing, 'prompts'>): Map<string, string> {
  return new Map(listing.prompts.map((p) => [p.id, p.file]));
}

/** Whether a file-level problem is about a file the run was narrowed to. */
export function named(targets: Targets, file: string): boolean {
  return targets.files.has(file) || targets.paths.has(file) || targets.dirs.some((dir) => file.startsWith(dir));
}

function noSuchTarget(arg: string): InputError {
  return new InputError(lintMessages.noSuchTarget(arg), { hint: lintMessages.noSuchTargetHint });
}

/**
 * Settles the arguments that named nothing, in one git call: a path git has in its history
 * (a prompt deleted, as `lint $(git diff --name-only)` passes it) is skipped with a note, as
 * eslint and lint-staged do; one that never existed in the repository is an error. Returns
 * the notes, with one for the named paths outside the prompt folders.
 */
export async function settleTargets(root: string, targets: Targets | undefined, folders: PromptFolders): Promise<string[]> {
  if (!targets) return [];
  const notes: string[] = [];
  if (targets.unresolved.length > 0) {
    const known = await committedPaths(root, targets.unresolved.map((u) => u.rel));
    const never = targets.unresolved.find((u) => !known.has(u.rel));
    if (never) throw noSuchTarget(never.arg);
    for (const { rel } of targets.unresolved) notes.push(lintMessages.skippedDeleted(rel));
  }
  const outside = [...targets.paths].filter((rel) => folderOfPath(rel, folders) === undefined);
  if (outside.length > 0) notes.push(lintMessages.skippedNotPrompts(outside));
  return notes;
}
