import { runGit } from './run.js';

/** One commit that changed a followed file, with the file's blobs before and after it. */
export interface FileCommit {
  commit: string;
  parents: string[];
  /** Author date, ISO 8601. */
  date: string;
  author: string;
  email: string;
  subject: string;
  /** A added, M modified, D deleted, R renamed (git's raw status letter). */
  status: string;
  /** The file's path after the commit, and before it (differs for a rename). */
  path: string;
  from: string;
  /** Blob ids; undefined where the file did not exist on that side. */
  oldBlob?: string;
  newBlob?: string;
}

const NO_BLOB = /^0+$/;

/**
 * The history of one file, newest first, in ONE `git log --follow` call: renames are
 * followed, merges are compared with their first parent, and each entry carries the
 * blob ids on both sides so every version can be read in one batch.
 */
export async function fileHistory(root: string, file: string, options: { max?: number; rev?: string } = {}): Promise<FileCommit[]> {
  const args = ['log', '--follow', '-M', '--raw', '--no-abbrev', '-z', '--diff-merges=first-parent', '--format=%x1e%H%x1f%P%x1f%aI%x1f%an%x1f%ae%x1f%s'];
  if (options.max !== undefined) args.push(`--max-count=${options.max}`);
  args.push('--end-of-options', options.rev ?? 'HEAD', '--', file);
  const out = await runGit(root, args);
  const entries: FileCommit[] = [];
  for (const record of out.split('\x1e')) {
    if (record === '') continue;
    const headerEnd = record.indexOf('\0');
    const [commit = '', parents = '', date = '', author = '', email = '', subject = ''] = record.slice(0, headerEnd === -1 ? undefined : headerEnd).split('\x1f');
    const raw = headerEnd === -1 ? [] : record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    const meta = (raw[0] ?? '').split(' ');
    const status = (meta[4] ?? '')[0] ?? '';
    const two = status === 'R' || status === 'C';
    const from = raw[1] ?? file;
    const path = two ? (raw[2] ?? from) : from;
    const oldBlob = meta[2] && !NO_BLOB.test(meta[2]) ? meta[2] : undefined;
    const newBlob = meta[3] && !NO_BLOB.test(meta[3]) ? meta[3] : undefined;
    entries.push({ commit, parents: parents.split(' ').filter(Boolean), date, author, email, subject, status, path, from, ...(oldBlob ? { oldBlob } : {}), ...(newBlob ? { newBlob } : {}) });
  }
  return entries;
}

/** The last commit-side path among candidates that existed in history (for a prompt deleted since). */
export async function lastPathOf(root: string, candidates: readonly string[]): Promise<string | undefined> {
  const out = await runGit(root, ['log', '-n1', '--format=', '--name-only', '-z', 'HEAD', '--', ...candidates]);
  return out.split('\0').map((p) => p.trim()).find((p) => candidates.includes(p));
}
