import { nulList } from './ls-files.js';
import { runGit } from './run.js';

/** A path that differs between two sides, as `git diff --name-status` reports it. */
export interface PathChange {
  /** A added, D deleted, M modified, R renamed, T type changed. */
  status: string;
  /** The path on the older side (differs from `path` for a rename). */
  from: string;
  path: string;
}

/** What to compare: a commit or tree against another, the index, or the working tree. */
export type DiffTarget = { from: string; to?: string; cached?: boolean };

/**
 * Paths under `dir` that differ, with git's rename detection, in ONE `git diff` call.
 * `to` omitted compares against the working tree (or the index with `cached`). The
 * revisions are resolved commit ids, never user strings.
 */
export async function changedPaths(root: string, target: DiffTarget, dir: string | readonly string[]): Promise<PathChange[]> {
  const args = ['diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M'];
  if (target.cached) args.push('--cached');
  args.push(target.from);
  if (target.to) args.push(target.to);
  const fields = (await runGit(root, [...args, '--', ...[dir].flat()])).split('\0');
  const changes: PathChange[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++] ?? '';
    if (status === '') continue;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++]!;
      const path = fields[i++]!;
      changes.push({ status: status[0]!, from, path });
    } else {
      const path = fields[i++]!;
      changes.push({ status: status[0]!, from: path, path });
    }
  }
  return changes;
}

/**
 * Paths under `pathspec` whose staged content differs from HEAD (added, copied, modified,
 * renamed, type-changed; deletions have nothing to lint). Works before the first commit too.
 */
export async function stagedPaths(root: string, pathspec: string | readonly string[]): Promise<string[]> {
  return nulList(await runGit(root, ['diff', '--cached', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRT', '--', ...[pathspec].flat()]));
}
