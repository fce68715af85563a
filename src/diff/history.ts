import { didYouMean } from '../core/suggest.js';
import { idFromPath } from '../core/ids.js';
import { fileVersions, lastCommittedFile, listWorktree, promptFolders, fileAndPartialCommits, partialFile, readConfig, readObjectsByName, readReleaseTagsFor, streamObjectsByName, worktreeFilesOf, type FileCommit } from '../store/index.js';
import { decodePromptBytes } from '../core/decode.js';
import { InputError } from '../errors.js';
import { includedPartials } from './compare-partials.js';
import { diffMessages as m } from '../messages/diff.js';
import { lightParse, type LightPrompt } from './light-parse.js';
import { logEntry } from './log-entry.js';
import { semanticDiff } from './semantic.js';
import { LEVELS, type Change, type DiffLevel, type PromptSide } from './types.js';
import type { PathsCommit } from '../store/index.js';

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
  /** The changes in one line: `temperature 0.2 -> 0.7, +variable tone` (`release 1.2.0` for a release commit). */
  summary: string;
  /** The version this commit released, when its only change is the `version` field. */
  release?: string;
  changes: Change[];
}

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
  const file = worktreeFilesOf(root, id)[0] ?? (await lastCommittedFile(root, id));
  if (!file) {
    const guess = didYouMean(id, listWorktree(root).prompts.map((p) => p.id));
    throw new InputError(`${m.noHistory(id)}${guess}`, { hint: guess ? m.checkIdHint : m.noHistoryHint(id) });
  }
  return file;
}

/** A commit to describe: one that changed the prompt file, or one that changed only partials. */
interface Step {
  meta: Omit<FileCommit, 'status' | 'path' | 'from' | 'oldBlob' | 'newBlob'>;
  status: string;
  path: string;
  from: string;
  /** Object names of the prompt before and after (a blob id, or `<commit>:<path>`). */
  before?: string;
  after?: string;
  /** Only partials changed in this commit: kept only when the prompt includes one of them. */
  partialOnly: boolean;
}

const MAX_PARTIAL_DEPTH = 16;

function templatesOf(side: PromptSide | undefined): string[] {
  return side?.data?.messages.map((message) => message.content) ?? [];
}

/**
 * A prompt's history, newest first: the commits that change its file (one `git log --follow`,
 * renames followed) and the commits that change a partial it includes (one `git log` of
 * `_partials/`, side by side with the first). Each version is compared with the partials of
 * its own commit, as `diff` at the same two commits does; every version and partial is read
 * in a few batched reads (one more per level of partials including partials).
 */
export async function promptHistory(root: string, id: string, options: { max?: number } = {}): Promise<LogEntry[]> {
  const file = await followedFile(root, id);
  const folders = promptFolders(root);
  const walk = fileAndPartialCommits(root, file).catch(() => []);
  const commits = await fileVersions(root, file, options.max === undefined ? {} : { max: options.max });
  if (commits.length === 0) throw new InputError(m.noHistory(id), { hint: m.noHistoryHint(id) });
  const ids = new Set([id, ...commits.flatMap((c) => [idFromPath(c.path, folders), idFromPath(c.from, folders)]).filter((x): x is string => x !== undefined)]);
  // Only this prompt's tags, looked up by name: a full listing reads every tag's date.
  const tags = readReleaseTagsFor(root, readConfig(root).tagPrefix, ids);
  tags.catch(() => undefined);
  // Every version is parsed as git writes it, while the partials' log may still run: git
  // reads the next objects while this process parses the last ones.
  const light = new Map<string, LightPrompt | undefined>();
  const parseAll = (names: readonly string[]) => streamObjectsByName(root, names, (name, bytes) => light.set(name, bytes && lightParse(bytes)));
  await parseAll(commits.flatMap((c) => [c.oldBlob, c.newBlob]).filter((x): x is string => x !== undefined));
  const steps = mergeSteps(commits, await walk, file);
  const paths = [...new Set(commits.flatMap((c) => [c.path, c.from]))];
  // A partial-only commit's prompt is read at the commit under each path the prompt has had.
  const partialOnly = steps.filter((s) => s.partialOnly);
  await parseAll(partialOnly.flatMap((s) => paths.map((p) => `${s.meta.commit}:${p}`)));
  for (const step of partialOnly) {
    const found = paths.find((p) => light.get(`${step.meta.commit}:${p}`) !== undefined);
    if (found) {
      step.path = step.from = found;
      step.before = step.after = `${step.meta.commit}:${found}`;
    }
  }
  const releases = (await tags).filter((r) => ids.has(r.id));
  const sides = new Map<string, PromptSide | undefined>();
  const sideOf = (name: string | undefined, path: string): PromptSide | undefined => {
    if (name === undefined) return undefined;
    // By object and path: a renamed file keeps its blob but not its id.
    const key = `${name}\0${path}`;
    if (!sides.has(key)) {
      const prompt = light.get(name);
      sides.set(key, prompt && { id: idFromPath(path, folders) ?? id, file: path, text: prompt.text, data: prompt.data, raw: prompt.raw, partials: new Map() });
    }
    return sides.get(key);
  };
  const pairs = steps.map((step) => ({ step, before: sideOf(step.before, step.from), after: sideOf(step.after, step.path) }));
  await attachPartials(root, pairs);
  const tagsByCommit = new Map<string, string[]>();
  for (const r of releases) tagsByCommit.set(r.commit, [...(tagsByCommit.get(r.commit) ?? []), r.tag]);
  const entries: LogEntry[] = [];
  for (const { step, before, after } of pairs) {
    if (!before && !after) continue;
    const diff = semanticDiff(before, after);
    if (step.partialOnly && diff.changes.length === 0) continue;
    entries.push(logEntry(step.meta, { path: step.path, status: step.status, removed: !after }, diff, oneLine(diff.changes), tagsByCommit.get(step.meta.commit) ?? []));
    if (options.max !== undefined && entries.length >= options.max) break;
  }
  return entries;
}

/**
 * The prompt's commits and the partials' commits as one list, newest first. `walk` is one
 * `git log` of the prompt's current file and the partials, so it orders both exactly; the
 * prompt's commits from before a rename (not in it) go in by committer time.
 */
function mergeSteps(commits: readonly FileCommit[], walk: readonly PathsCommit[], file: string): Step[] {
  const own = new Map(commits.map((c) => [c.commit, c]));
  const step = (c: FileCommit): Step => {
    const { status, path, from, oldBlob, newBlob, ...meta } = c;
    return { meta, status, path, from, ...(oldBlob ? { before: oldBlob } : {}), ...(newBlob ? { after: newBlob } : {}), partialOnly: false };
  };
  const steps: Array<Step & { time: number }> = [];
  const placed = new Set<string>();
  for (const c of walk) {
    const mine = own.get(c.commit);
    if (mine) {
      steps.push({ ...step(mine), time: mine.time });
      placed.add(c.commit);
    } else if (c.changes.some((change) => change.path !== file && change.from !== file)) {
      const { changes: _changes, ...meta } = c;
      steps.push({ meta, status: 'M', path: '', from: '', partialOnly: true, time: c.time });
    }
  }
  for (const c of commits) {
    if (placed.has(c.commit)) continue;
    let at = steps.length;
    while (at > 0 && steps[at - 1]!.time < c.time) at--;
    steps.splice(at, 0, { ...step(c), time: c.time });
  }
  return steps;
}

/**
 * Gives each side the partials it includes, read at its own commit (the parent for the
 * older side): one batch per level of partials that include partials.
 */
export async function attachPartials(root: string, pairs: Array<{ step: Step; before?: PromptSide; after?: PromptSide }>): Promise<void> {
  interface Slot {
    pair: (typeof pairs)[number];
    key: 'before' | 'after';
    commit: string;
    templates: string[];
    partials: Map<string, string>;
    absent: Set<string>;
  }
  const slots: Slot[] = [];
  for (const pair of pairs) {
    for (const key of ['before', 'after'] as const) {
      const side = pair[key];
      const commit = key === 'after' ? pair.step.meta.commit : pair.step.meta.parents[0];
      const templates = templatesOf(side);
      // Most prompts include nothing: no reads for them.
      if (side && commit && templates.some((t) => t.includes('{{>') || t.includes('{{='))) slots.push({ pair, key, commit, templates, partials: new Map(), absent: new Set() });
    }
  }
  const unread = (slot: Slot) => [...includedPartials(slot.templates, slot.partials)].filter((name) => !slot.partials.has(name) && !slot.absent.has(name));
  for (let depth = 0; depth < MAX_PARTIAL_DEPTH; depth++) {
    const names = new Set(slots.flatMap((slot) => unread(slot).map((name) => `${slot.commit}:${partialFile(name)}`)));
    if (names.size === 0) break;
    const read = await readObjectsByName(root, [...names]);
    for (const slot of slots) {
      for (const name of unread(slot)) {
        const bytes = read.get(`${slot.commit}:${partialFile(name)}`);
        const text = bytes === undefined ? undefined : decodePromptBytes(bytes, partialFile(name)).text;
        if (text === undefined) slot.absent.add(name);
        else slot.partials.set(name, text);
      }
    }
  }
  // A version is the newer side of one entry and the older of the next: each gets its own copy.
  for (const slot of slots) slot.pair[slot.key] = { ...slot.pair[slot.key]!, partials: slot.partials };
}
