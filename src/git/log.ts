import { runGit } from './run.js';

/** Who made a commit and when. */
export interface CommitMeta {
  commit: string;
  parents: string[];
  /** Author date, ISO 8601. */
  date: string;
  /** Committer time, seconds since the epoch: orders commits from two logs of one walk. */
  time: number;
  author: string;
  email: string;
  subject: string;
}

/** One file a commit changed, with its blobs before and after. */
export interface FileChange {
  /** A added, M modified, D deleted, R renamed (git's raw status letter). */
  status: string;
  /** The file's path after the commit, and before it (differs for a rename). */
  path: string;
  from: string;
  /** Blob ids; undefined where the file did not exist on that side. */
  oldBlob?: string;
  newBlob?: string;
}

/** One commit that changed a followed file, with the file's blobs before and after it. */
export type FileCommit = CommitMeta & FileChange;

/** One commit of a path-limited log, with every changed file under the pathspecs. */
export type PathsCommit = CommitMeta & { changes: FileChange[] };

const NO_BLOB = /^0+$/;
const LOG_ARGS = ['log', '-M', '--raw', '--no-abbrev', '-z', '--diff-merges=first-parent', '--format=%x1e%H%x1f%P%x1f%aI%x1f%an%x1f%ae%x1f%s%x1f%ct'];

/** Parses `git log --raw -z` with LOG_ARGS' format: one record per commit, its changed files after the header. */
function parseLog(out: string): PathsCommit[] {
  const commits: PathsCommit[] = [];
  for (const record of out.split('\x1e')) {
    if (record === '') continue;
    const headerEnd = record.indexOf('\0');
    const [commit = '', parents = '', date = '', author = '', email = '', subject = '', time = '0'] = record.slice(0, headerEnd === -1 ? undefined : headerEnd).split('\x1f');
    const fields = headerEnd === -1 ? [] : record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    const changes: FileChange[] = [];
    for (let i = 0; i < fields.length; ) {
      const meta = (fields[i++] ?? '').replace(/^:/, '').split(' ');
      if (meta.length < 5) continue;
      const status = meta[4]![0]!;
      const from = fields[i++] ?? '';
      const path = status === 'R' || status === 'C' ? (fields[i++] ?? from) : from;
      const oldBlob = meta[2] && !NO_BLOB.test(meta[2]) ? meta[2] : undefined;
      const newBlob = meta[3] && !NO_BLOB.test(meta[3]) ? meta[3] : undefined;
      changes.push({ status, from, path, ...(oldBlob ? { oldBlob } : {}), ...(newBlob ? { newBlob } : {}) });
    }
    commits.push({ commit, parents: parents.split(' ').filter(Boolean), date, time: Number(time), author, email, subject, changes });
  }
  return commits;
}

/**
 * The history of one file, newest first, in ONE `git log --follow` call: renames are
 * followed, merges are compared with their first parent, and each entry carries the
 * blob ids on both sides so every version can be read in one batch.
 */
export async function fileHistory(root: string, file: string, options: { max?: number; rev?: string } = {}): Promise<FileCommit[]> {
  const args = [...LOG_ARGS, '--follow'];
  if (options.max !== undefined) args.push(`--max-count=${options.max}`);
  args.push('--end-of-options', options.rev ?? 'HEAD', '--', file);
  return parseLog(await runGit(root, args)).map(({ changes, ...meta }) => ({ ...meta, ...(changes[0] ?? { status: '', path: file, from: file }) }));
}

/**
 * The commits that change anything under the pathspecs, newest first, in ONE `git log` call
 * (merges compared with their first parent, as fileHistory does), each with its changed files.
 */
export async function pathsLog(root: string, pathspecs: readonly string[], rev = 'HEAD'): Promise<PathsCommit[]> {
  return parseLog(await runGit(root, [...LOG_ARGS, '--end-of-options', rev, '--', ...pathspecs]));
}

/** The last commit-side path among candidates that existed in history (for a prompt deleted since). */
export async function lastPathOf(root: string, candidates: readonly string[]): Promise<string | undefined> {
  const out = await runGit(root, ['log', '-n1', '--format=', '--name-only', '-z', 'HEAD', '--', ...candidates]);
  return out.split('\0').map((p) => p.trim()).find((p) => candidates.includes(p));
}

/**
 * Which of the paths (files or folders) any commit on any ref ever had, in ONE `git log --all`
 * call: tells a prompt deleted since (`lint $(git diff --name-only)`) from a path that never was.
 */
export async function pathsEverCommitted(root: string, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const out = await runGit(root, ['log', '--all', '--no-renames', '--format=', '--name-only', '-z', '--', ...paths.map((p) => `:(literal)${p}`)]);
  const seen = out.split('\0').map((p) => p.trim()).filter((p) => p !== '');
  return new Set(paths.filter((p) => seen.some((file) => file === p || file.startsWith(`${p}/`))));
}

/**
 * Every rename under `dir` in the history of HEAD, newest first, as `{ from, path }`, in ONE
 * `git log`: lets lint follow a prompt that was released under another path.
 */
export async function renamesUnder(root: string, dir: string | readonly string[]): Promise<{ from: string; path: string }[]> {
  const fields = (await runGit(root, ['log', '-M', '--diff-filter=R', '--name-status', '-z', '--format=', 'HEAD', '--', ...[dir].flat()])).split('\0');
  const renames: { from: string; path: string }[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = (fields[i++] ?? '').trim();
    if (!status.startsWith('R')) continue;
    renames.push({ from: fields[i++] ?? '', path: fields[i++] ?? '' });
  }
  return renames;
}
