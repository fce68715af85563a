import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scanPartials, scanPrompts } from '../core/files.js';
import { PROMPTS_DIR, idFromPath } from '../core/ids.js';
import { partialName, resolveSource, type Source } from '../core/read-at.js';
import { lightParse } from './light-parse.js';
import type { RefTarget } from '../core/refs.js';
import { decodePromptBytes } from '../core/decode.js';
import { EMPTY_TREE, changedPaths, hasCommits, resolveCommit, listIndexFiles, listTreeFiles, listUntrackedFiles, readObjects } from '../git/index.js';
import { pairRenames, pairsOf } from './pairs.js';
import { semanticDiff } from './semantic.js';
import type { PromptDiff, PromptSide } from './types.js';

/** One side's files, read lazily from git (one batch) or the working tree. */
interface SideReader {
  source: Source;
  label: string;
  /** Every file under .prompts/ on this side (prompts and partials). */
  files: string[];
  spec(file: string): string | undefined;
}

function commitSpec(source: Source): (file: string) => string | undefined {
  if (source.kind === 'worktree') return () => undefined;
  const prefix = source.kind === 'index' ? ':' : `${source.commit}:`;
  return (file) => `${prefix}${file}`;
}

async function sideReader(root: string, source: Source, label: string, needFiles: boolean): Promise<SideReader> {
  if (source.kind === 'worktree') {
    const files = needFiles ? scanPrompts(root).prompts.map((p) => p.file) : [];
    return { source, label, files: [...files, ...scanPartials(root).values()], spec: () => undefined };
  }
  const files = source.kind === 'index' ? await listIndexFiles(root, PROMPTS_DIR) : await listTreeFiles(root, source.commit, PROMPTS_DIR);
  return { source, label, files, spec: commitSpec(source) };
}

async function sourceOf(root: string, target: RefTarget): Promise<Source> {
  // In a repository with no commits yet, HEAD is the empty tree: every prompt is new.
  if (target.kind === 'rev' && target.rev === 'HEAD') {
    const head = await resolveCommit(root, 'HEAD');
    if (head) return { kind: 'commit', commit: head };
    if (!(await hasCommits(root))) return { kind: 'commit', commit: EMPTY_TREE };
  }
  return resolveSource(root, '', target);
}

/**
 * The semantic diff of every prompt that differs between two states, with all git reads
 * batched: one `git diff --name-status` for the changed paths, one listing per side,
 * and ONE `git cat-file --batch` for every blob of both sides. A changed partial brings
 * in every prompt that includes it.
 */
export async function diffAll(root: string, from: RefTarget, to: RefTarget, labels: { from: string; to: string }): Promise<PromptDiff[]> {
  // Independent git calls run side by side: the machine's other cores work while one waits.
  const [a, b] = await Promise.all([sourceOf(root, from), sourceOf(root, to)]);
  if (a.kind !== 'commit') throw new TypeError('the older side of diff is a commit');
  const [changes, untracked] = await Promise.all([
    changedPaths(root, { from: a.commit, ...(b.kind === 'commit' ? { to: b.commit } : {}), cached: b.kind === 'index' }, PROMPTS_DIR),
    b.kind === 'worktree' ? listUntrackedFiles(root, PROMPTS_DIR) : [],
  ]);
  for (const file of untracked) changes.push({ status: 'A', from: file, path: file });
  const partialChanged = changes.some((c) => partialName(c.path) !== undefined || partialName(c.from) !== undefined);
  const after = await sideReader(root, b, labels.to, partialChanged);
  // With no partial changed, the older side's partials are the newer side's: no listing needed.
  const before = partialChanged ? await sideReader(root, a, labels.from, true) : { ...after, source: a, label: labels.from, spec: commitSpec(a) };
  const pairs = pairsOf(changes, partialChanged ? before.files : [], partialChanged ? after.files : []);
  if (pairs.length === 0) return [];

  const specs: string[] = [];
  for (const side of partialChanged ? [before, after] : [after]) {
    for (const file of side.files) if (partialName(file) !== undefined) specs.push(side.spec(file) ?? '');
  }
  for (const pair of pairs) {
    if (pair.from) specs.push(before.spec(pair.from) ?? '');
    if (pair.to) specs.push(after.spec(pair.to) ?? '');
  }
  const blobs = await readObjects(root, specs.filter((s) => s !== ''));
  const read = (side: SideReader, file: string): Buffer | undefined => {
    const spec = side.spec(file);
    if (spec !== undefined) return blobs.get(spec);
    try {
      return readFileSync(path.join(root, file));
    } catch {
      return undefined;
    }
  };
  const partialsOf = (side: SideReader): Map<string, string> => {
    const partials = new Map<string, string>();
    for (const file of side.files) {
      const name = partialName(file);
      const bytes = name === undefined ? undefined : read(side, file);
      const text = bytes ? decodePromptBytes(bytes, file).text : undefined;
      if (name !== undefined && text !== undefined) partials.set(name, text);
    }
    return partials;
  };
  const afterPartials = partialsOf(after);
  const partials = { before: partialChanged ? partialsOf(before) : afterPartials, after: afterPartials };
  const sideOf = (side: SideReader, file: string | undefined, which: 'before' | 'after'): PromptSide | undefined => {
    if (file === undefined) return undefined;
    const bytes = read(side, file);
    if (bytes === undefined) return undefined;
    const prompt = lightParse(bytes);
    const commit = side.source.kind === 'commit' && side.source.commit !== EMPTY_TREE ? { commit: side.source.commit } : {};
    return { id: idFromPath(file)!, file, text: prompt.text, data: prompt.data, raw: prompt.raw, partials: partials[which], ref: side.label, ...commit };
  };
  const diffs: PromptDiff[] = [];
  for (const pair of pairRenames(pairs, (file) => read(after, file), (file) => read(before, file))) {
    const x = sideOf(before, pair.from, 'before');
    const y = sideOf(after, pair.to, 'after');
    if (!x && !y) continue;
    const diff = semanticDiff(x, y);
    if (diff.status !== 'unchanged') diffs.push(diff);
  }
  return diffs.sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
}
