import { readConfig } from '../core/config.js';
import { scanPrompts } from '../core/files.js';
import { didYouMean } from '../core/suggest.js';
import { PROMPTS_DIR, idFromPath } from '../core/ids.js';
import { findPromptFile, readAllPartials } from '../core/load.js';
import { readReleaseTags } from '../core/release-tags.js';
import { InputError } from '../errors.js';
import { fileHistory, lastPathOf, readObjects, type FileCommit } from '../git/index.js';
import { diffMessages as m } from '../messages/diff.js';
import { lightParse } from './light-parse.js';
import { semanticDiff } from './semantic.js';
import { LEVELS, type Change, type DiffLevel, type PromptSide } from './types.js';

/** One commit in a prompt's history, with what changed in it semantically. */
export interface LogEntry {
  commit: string;
  date: string;
  author: string;
  email: string;
  subject: string;
  /** The prompt's file after this commit (before it, for a removal). */
  file: string;
  status: 'added' | 'modified' | 'renamed' | 'removed';
  /** The `version` field of the file at this commit. */
  version?: string;
  /** Release tags of this prompt on this commit. */
  tags: string[];
  level: DiffLevel;
  /** The changes in one line: `temperature 0.2 -> 0.7, +variable tone`. */
  summary: string;
  changes: Change[];
}

const STATUS: Record<string, LogEntry['status']> = { A: 'added', D: 'removed', R: 'renamed' };
const SHOWN_CHANGES = 3;

/** Several change summaries as one line, cut after a few. */
export function oneLine(changes: readonly Change[]): string {
  if (changes.length === 0) return 'no semantic change';
  // The most consequential first, so a cut line still says what breaks.
  const sorted = [...changes].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
  const shown = sorted.slice(0, SHOWN_CHANGES).map((c) => c.summary);
  return changes.length > SHOWN_CHANGES ? `${shown.join(', ')} and ${changes.length - SHOWN_CHANGES} more` : shown.join(', ');
}

/** The file whose history to follow: the working tree's, else the last one committed. */
async function followedFile(root: string, id: string): Promise<string> {
  const file = findPromptFile(root, id) ?? (await lastPathOf(root, ['.yaml', '.yml', '.prompt.yaml', '.prompt.yml'].map((ext) => `${PROMPTS_DIR}/${id}${ext}`)).catch(() => undefined));
  if (!file) {
    const guess = didYouMean(id, scanPrompts(root).prompts.map((p) => p.id));
    throw new InputError(`${m.noHistory(id)}${guess}`, undefined, undefined, { hint: guess ? 'Check the id; "promptgit list" lists the prompts.' : m.noHistoryHint(id) });
  }
  return file;
}

/**
 * A prompt's history, newest first: one `git log --follow` (renames followed), one batched
 * read of every version's blob, each version parsed once. Versions are compared with the
 * working tree's partials (a past partial's text is not read for each commit).
 */
export async function promptHistory(root: string, id: string, options: { max?: number } = {}): Promise<LogEntry[]> {
  const file = await followedFile(root, id);
  // The tags are read while git walks the history.
  const [commits, tags] = await Promise.all([fileHistory(root, file, options.max === undefined ? {} : { max: options.max }), readReleaseTags(root, readConfig(root).tagPrefix)]);
  if (commits.length === 0) throw new InputError(m.noHistory(id), undefined, undefined, { hint: m.noHistoryHint(id) });
  const ids = new Set([id, ...commits.flatMap((c) => [idFromPath(c.path), idFromPath(c.from)]).filter((x): x is string => x !== undefined)]);
  const releases = tags.filter((r) => ids.has(r.id));
  const blobs = await readObjects(root, commits.flatMap((c) => [c.oldBlob, c.newBlob]).filter((b): b is string => b !== undefined));
  const partials = readAllPartials(root);
  // Each version is parsed once and dropped after its last use (it is the newer side of one
  // entry and the older side of the next), so memory stays flat over long histories.
  const keyOf = (blob: string, path: string) => `${blob}:${path}`;
  const uses = new Map<string, number>();
  for (const c of commits) {
    for (const [blob, path] of [[c.oldBlob, c.from], [c.newBlob, c.path]] as const) if (blob) uses.set(keyOf(blob, path), (uses.get(keyOf(blob, path)) ?? 0) + 1);
  }
  const sides = new Map<string, PromptSide | undefined>();
  const sideOf = (blob: string | undefined, path: string): PromptSide | undefined => {
    if (blob === undefined) return undefined;
    const key = keyOf(blob, path);
    let side = sides.get(key);
    if (!sides.has(key)) {
      const bytes = blobs.get(blob);
      const prompt = bytes ? lightParse(bytes) : undefined;
      side = prompt && { id: idFromPath(path) ?? id, file: path, text: prompt.text, data: prompt.data, raw: prompt.raw, partials };
      sides.set(key, side);
    }
    const left = uses.get(key)! - 1;
    uses.set(key, left);
    if (left === 0) sides.delete(key);
    return side;
  };
  const tagsByCommit = new Map<string, string[]>();
  for (const r of releases) tagsByCommit.set(r.commit, [...(tagsByCommit.get(r.commit) ?? []), r.tag]);
  return commits.flatMap((c: FileCommit) => {
    const before = sideOf(c.oldBlob, c.from);
    const after = sideOf(c.newBlob, c.path);
    if (!before && !after) return [];
    const diff = semanticDiff(before, after);
    const version = diff.to?.version;
    const entry: LogEntry = {
      commit: c.commit,
      date: c.date,
      author: c.author,
      email: c.email,
      subject: c.subject,
      file: c.path,
      status: !after ? 'removed' : (STATUS[c.status] ?? 'modified'),
      ...(version === undefined ? {} : { version }),
      tags: tagsByCommit.get(c.commit) ?? [],
      level: diff.level,
      summary: oneLine(diff.changes),
      changes: diff.changes,
    };
    return [entry];
  });
}
