import { InternalError } from '../errors.js';
import { runGit } from './run.js';
import { TAG_FORMAT, parseTagRefs, type TagRef } from './for-each-ref.js';

/*
 * Queries bounded by what they name, for the pre-commit hook: their cost follows the number
 * of paths or ids asked about, not the size of the repository. Each runs from any folder of
 * the work tree and answers with repository-relative paths, so none waits for the root.
 */

function nulList(out: string): string[] {
  return out.split('\0').filter((p) => p !== '');
}

/** A pathspec naming one path from the top of the work tree, with no glob; `icase` also matches it in any case. */
export function literalPathspec(file: string, options: { icase?: boolean } = {}): string {
  return `:(top,${options.icase ? 'icase,' : ''}literal)${file}`;
}

/** A path staged for the next commit: git's status letter, and the staged blob unless it is deleted. */
export interface StagedChange {
  /** A added, D deleted, M modified, T type changed, U unmerged. */
  status: string;
  path: string;
  blob?: string;
}

/** A path of the index with its blob. */
export interface IndexEntry {
  path: string;
  blob: string;
}

const NO_BLOB = /^0+$/;

/**
 * Every staged change, repository-relative, with the staged blob's id: reading a blob by id
 * is cheaper than by `:<path>`, which makes git load the whole index again.
 */
export async function stagedChanges(cwd: string): Promise<StagedChange[]> {
  // --no-relative: with diff.relative set, git would give paths relative to cwd and drop the others.
  const fields = (await runGit(cwd, ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--no-relative'])).split('\0');
  const changes: StagedChange[] = [];
  for (let i = 0; i < fields.length; ) {
    const meta = fields[i++]!;
    if (!meta.startsWith(':')) continue;
    const path = fields[i++] ?? '';
    const [, , , blob = '', status = ''] = meta.slice(1).split(' ');
    changes.push({ status: status.slice(0, 1), path, ...(NO_BLOB.test(blob) || blob === '' ? {} : { blob }) });
  }
  return changes;
}

/** The index's entries matching pathspecs (see literalPathspec), repository-relative; none for no pathspec. */
export async function indexEntriesMatching(cwd: string, pathspecs: readonly string[]): Promise<IndexEntry[]> {
  // Without a pathspec ls-files would list the whole index.
  if (pathspecs.length === 0) return [];
  const entries = new Map<string, string>();
  for (const line of nulList(await runGit(cwd, ['ls-files', '-z', '--stage', '--full-name', '--', ...pathspecs]))) {
    // `<mode> <blob> <stage>\t<path>`; a path in conflict has several stages: any of them lists it.
    const tab = line.indexOf('\t');
    const path = line.slice(tab + 1);
    if (!entries.has(path) || line[tab - 1] === '0') entries.set(path, line.split(' ')[1] ?? '');
  }
  return [...entries].map(([path, blob]) => ({ path, blob }));
}

const GLOB = /[*?[\\]/;

/**
 * The tags whose names start with one of `starts` (`<prefix><id>@`), in one for-each-ref.
 * git looks each pattern up in its sorted refs instead of reading every tag, which (with
 * the dates of annotated tags) is what makes a full listing grow with the repository.
 */
export async function tagsStartingWith(cwd: string, starts: readonly string[]): Promise<TagRef[]> {
  if (starts.length === 0) return [];
  // Ids and tag prefixes cannot hold glob characters (see idProblem and the config schema); a
  // start that did would match other tags, or miss its own.
  const bad = starts.find((start) => GLOB.test(start));
  if (bad !== undefined) throw new InternalError(`A tag pattern was built from "${bad}", which holds a glob character.`);
  return parseTagRefs(await runGit(cwd, ['for-each-ref', TAG_FORMAT, ...starts.map((start) => `refs/tags/${start}*`)]), '');
}
