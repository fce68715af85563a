import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execGit } from './run.js';

export interface MergedFile {
  /** The merged bytes, with conflict markers where the sides disagree. */
  content: Buffer;
  /** How many conflicts git left (0: clean). */
  conflicts: number;
}

/** The labels of the marker lines (`<<<<<<< ours`), in git merge-file's order: current, base, other. */
export const MERGE_LABELS = ['ours', 'base', 'theirs'] as const;

// git merge-file exits with the number of conflicts (up to 127); that is an answer, not a failure.
const CONFLICT_COUNTS = Array.from({ length: 127 }, (_, i) => i + 1);

/**
 * `git merge-file -p` of three files: git's own 3-way merge, with the conflict style
 * (merge.conflictStyle: merge, diff3, zdiff3) of the repository at `cwd`.
 */
export async function mergeFiles(cwd: string, files: { base: string; ours: string; theirs: string }): Promise<MergedFile> {
  const labels = MERGE_LABELS.flatMap((label) => ['-L', label]);
  const out = await execGit(cwd, ['merge-file', '-p', ...labels, '--', files.ours, files.base, files.theirs], { answers: CONFLICT_COUNTS });
  return { content: out.stdout, conflicts: out.code };
}

/**
 * The same merge of three texts, through files in a private temporary folder that is
 * removed afterwards (git merge-file reads only files).
 */
export async function mergeTexts(cwd: string, texts: { base: string; ours: string; theirs: string }): Promise<{ text: string; conflicts: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgit-merge-'));
  try {
    const files = { base: path.join(dir, 'base'), ours: path.join(dir, 'ours'), theirs: path.join(dir, 'theirs') };
    for (const side of ['base', 'ours', 'theirs'] as const) writeFileSync(files[side], texts[side], { mode: 0o600 });
    const merged = await mergeFiles(cwd, files);
    return { text: merged.content.toString('utf8'), conflicts: merged.conflicts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
