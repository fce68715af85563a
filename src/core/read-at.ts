import { GitError, InputError } from '../errors.js';
import { assertNotPastShallow, fileHistory, hasCommits, listIndexFiles, listTreeFiles, readObjects, resolveCommit } from '../git/index.js';
import { diffMessages as m } from '../messages/diff.js';
import { messages } from '../messages/index.js';
import { readConfig } from './config.js';
import { decodePromptBytes } from './decode.js';
import { scanPrompts } from './files.js';
import { didYouMean } from './suggest.js';
import { PARTIALS_DIR, PROMPTS_DIR, idFromPath } from './ids.js';
import { findPromptFile, parsePromptFile, readAllPartials } from './load.js';
import { parseBytes, type ParsedPrompt } from './parse.js';
import { findRelease, latestRelease, readReleaseTags, formatTagName } from './release-tags.js';
import type { PromptRef, RefTarget } from './refs.js';

/** A prompt read at a reference, valid or not, with the partials of that state. */
export interface PromptAt {
  prompt: ParsedPrompt;
  partials: Map<string, string>;
  /** The reference as written: `support/triage@1.2.0`. */
  ref: string;
  /** The commit it was read from (absent for the working tree and the index). */
  commit?: string;
}

/** Where a target's files come from: the working tree, the index, or a commit. */
export type Source = { kind: 'worktree' } | { kind: 'index' } | { kind: 'commit'; commit: string };

const PARTIALS_PREFIX = `${PROMPTS_DIR}/${PARTIALS_DIR}/`;

/** The name of a partial file (`.prompts/_partials/a/b.md` -> `a/b`), or undefined. */
export function partialName(file: string): string | undefined {
  return file.startsWith(PARTIALS_PREFIX) && file.endsWith('.md') ? file.slice(PARTIALS_PREFIX.length, -3) : undefined;
}

/** Resolves a version, `latest` or revision to a commit; throws a clear error when none. */
export async function resolveSource(root: string, id: string, target: RefTarget): Promise<Source> {
  if (target.kind === 'worktree' || target.kind === 'index') return target;
  if (target.kind === 'rev') {
    const commit = await resolveCommit(root, target.rev);
    if (commit) return { kind: 'commit', commit };
    if (!(await hasCommits(root))) throw new GitError(m.noCommits, { hint: m.noCommitsHint });
    await assertNotPastShallow(root, target.rev);
    const versionLike = /^v?\d+(\.\d+){0,2}$/.test(target.rev);
    throw new GitError(m.unknownRevision(target.rev), { hint: versionLike ? m.versionInFull(id, target.rev) : m.unknownRevisionHint });
  }
  const prefix = readConfig(root).tagPrefix;
  const releases = (await readReleaseTags(root, prefix)).filter((r) => r.id === id);
  const release = target.kind === 'latest' ? latestRelease(releases, id) : findRelease(releases, id, target.version);
  if (release) return { kind: 'commit', commit: release.commit };
  const hint = m.releasesHint(releases.map((r) => r.version).reverse(), formatTagName(prefix, id, target.kind === 'version' ? target.version : '<version>'));
  throw new InputError(target.kind === 'latest' ? m.noReleases(id) : m.noRelease(id, target.version), undefined, undefined, { hint });
}

/** The prompt file of an id among a side's files, trying each extension. */
export function fileOfId(files: Iterable<string>, id: string): string | undefined {
  for (const file of files) if (idFromPath(file) === id) return file;
  return undefined;
}

/**
 * Where a prompt that is now `id` lived at a commit: its own path if it is there, else a
 * path it had before a rename (read from one `git log --follow` of its current path).
 */
async function pathAtCommit(root: string, id: string, files: readonly string[]): Promise<string | undefined> {
  const direct = fileOfId(files, id);
  if (direct) return direct;
  const current = findPromptFile(root, id) ?? fileOfId(await listTreeFiles(root, 'HEAD', PROMPTS_DIR).catch(() => []), id);
  if (!current) return undefined;
  const present = new Set(files);
  for (const entry of await fileHistory(root, current).catch(() => [])) {
    if (present.has(entry.from)) return entry.from;
    if (present.has(entry.path)) return entry.path;
  }
  return undefined;
}

/**
 * Reads a prompt at a reference, or undefined when the reference is good (the revision
 * exists) but the prompt is not there: `diff` shows that as an added or removed prompt.
 */
export async function findPromptAt(root: string, ref: PromptRef): Promise<PromptAt | undefined> {
  const source = await resolveSource(root, ref.id, ref.at);
  if (source.kind === 'worktree') {
    const file = findPromptFile(root, ref.id);
    if (!file) return undefined;
    return { prompt: parsePromptFile(root, ref.id, file), partials: readAllPartials(root), ref: ref.text };
  }
  const files = source.kind === 'index' ? await listIndexFiles(root, PROMPTS_DIR) : await listTreeFiles(root, source.commit, PROMPTS_DIR);
  const file = source.kind === 'index' ? fileOfId(files, ref.id) : await pathAtCommit(root, ref.id, files);
  if (!file) return undefined;
  const at = source.kind === 'index' ? ':' : `${source.commit}:`;
  const partialFiles = files.filter((f) => partialName(f) !== undefined);
  const objects = await readObjects(root, [`${at}${file}`, ...partialFiles.map((f) => `${at}${f}`)]);
  const partials = new Map<string, string>();
  for (const f of partialFiles) {
    const decoded = decodePromptBytes(objects.get(`${at}${f}`) ?? Buffer.alloc(0), f);
    if (decoded.text !== undefined) partials.set(partialName(f)!, decoded.text);
  }
  const prompt = parseBytes(objects.get(`${at}${file}`) ?? Buffer.alloc(0), ref.id, file);
  return { prompt, partials, ref: ref.text, ...(source.kind === 'commit' ? { commit: source.commit } : {}) };
}

/** The error for a prompt that is not at a (valid) reference. */
export function missingPromptError(ref: PromptRef, root?: string): InputError {
  if (ref.at.kind === 'worktree') {
    const guess = root === undefined ? '' : didYouMean(ref.id, scanPrompts(root).prompts.map((p) => p.id));
    return new InputError(`${messages.noPrompt(ref.id)}${guess}`, undefined, undefined, { hint: messages.noPromptHint });
  }
  if (ref.at.kind === 'index') return new InputError(m.notInIndex(ref.id), undefined, undefined, { hint: m.notInIndexHint(ref.id) });
  return new InputError(m.notAtRevision(ref.id, ref.text.slice(ref.id.length + 1)), undefined, undefined, { hint: m.notAtRevisionHint(ref.id) });
}

/** Reads a prompt at a reference: the working tree, the index, a release or any revision. */
export async function readPromptAt(root: string, ref: PromptRef): Promise<PromptAt> {
  const at = await findPromptAt(root, ref);
  if (!at) throw missingPromptError(ref, root);
  return at;
}
