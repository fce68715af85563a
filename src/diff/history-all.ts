import { PARTIALS_DIR, PROMPTS_DIR, idFromPath } from '../core/ids.js';
import { listWorktree, promptFolders, promptsCommits, readConfig, readObjectsByName, readReleaseTags, readWorktreeText } from '../store/index.js';
import { attachPartials, oneLine, promptHistory, type LogEntry } from './history.js';
import { lightParse } from './light-parse.js';
import { logEntry } from './log-entry.js';
import { semanticDiff } from './semantic.js';
import type { PromptSide } from './types.js';

/** One prompt changed by one commit, in the history of every prompt. */
export type AllLogEntry = LogEntry & { id: string };

type Pair = Parameters<typeof attachPartials>[1][number];

function sideOf(objects: Map<string, Buffer | undefined>, blob: string | undefined, file: string, id: string): PromptSide | undefined {
  const bytes = blob === undefined ? undefined : objects.get(blob);
  if (!bytes) return undefined;
  const prompt = lightParse(bytes);
  return { id, file, text: prompt.text, data: prompt.data, raw: prompt.raw, partials: new Map() };
}

/**
 * Every prompt's history, newest first, as `git log -- <prompt folders>` walks it: one entry per
 * prompt file a commit changed (ids in order within a commit), with the summary `log <id>`
 * gives, each side read with the partials of its own commit. One `git log`, one batched
 * read of the versions, one read per level of partials; a commit that changes only
 * partials adds the history of each working-tree prompt that includes partials. `max`
 * counts commits.
 */
export async function allPromptsHistory(root: string, options: { max?: number } = {}): Promise<AllLogEntry[]> {
  const [commits, releases] = await Promise.all([promptsCommits(root), readReleaseTags(root, readConfig(root).tagPrefix)]);
  const folders = promptFolders(root);
  const pairs: Array<Pair & { id: string }> = [];
  const blobs: string[] = [];
  for (const commit of options.max === undefined ? commits : commits.slice(0, options.max)) {
    const { changes, ...meta } = commit;
    const changed = changes.map((c) => ({ ...c, id: idFromPath(c.path, folders) ?? idFromPath(c.from, folders) })).filter((c): c is typeof c & { id: string } => c.id !== undefined);
    for (const change of changed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      pairs.push({ id: change.id, step: { meta, status: change.status, path: change.path, from: change.from, ...(change.oldBlob ? { before: change.oldBlob } : {}), ...(change.newBlob ? { after: change.newBlob } : {}), partialOnly: false } });
      blobs.push(...[change.oldBlob, change.newBlob].filter((b): b is string => b !== undefined));
    }
  }
  const objects = await readObjectsByName(root, [...new Set(blobs)]);
  for (const pair of pairs) {
    const before = sideOf(objects, pair.step.before, pair.step.from, idFromPath(pair.step.from, folders) ?? pair.id);
    const after = sideOf(objects, pair.step.after, pair.step.path, pair.id);
    if (before) pair.before = before;
    if (after) pair.after = after;
  }
  await attachPartials(root, pairs);
  const tags = new Map<string, string[]>();
  for (const r of releases) tags.set(`${r.commit}\0${r.id}`, [...(tags.get(`${r.commit}\0${r.id}`) ?? []), r.tag]);
  const entries: AllLogEntry[] = pairs.map(({ id, step, before, after }) => {
    const diff = semanticDiff(before, after);
    return { id, ...logEntry(step.meta, { path: step.path, status: step.status, removed: !after }, diff, oneLine(diff.changes), tags.get(`${step.meta.commit}\0${id}`) ?? []) };
  });
  const order = new Map(commits.map((c, i) => [c.commit, i]));
  const shown = new Set(commits.slice(0, options.max ?? commits.length).filter((c) => c.changes.some((ch) => isPartial(ch.path) || isPartial(ch.from))).map((c) => c.commit));
  if (shown.size > 0) entries.push(...(await partialOnlyEntries(root, shown, new Set(entries.map((e) => `${e.commit}\0${e.id}`)))));
  return entries.sort((a, b) => order.get(a.commit)! - order.get(b.commit)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const PARTIALS = `${PROMPTS_DIR}/${PARTIALS_DIR}/`;
const isPartial = (file: string) => file.startsWith(PARTIALS);
/** Prompts whose histories are read at once for partial-only commits: a few git processes each. */
const BATCH = 4;

/**
 * Commits that change only a partial, for each working-tree prompt that includes partials:
 * the entries its own `log <id>` gives those commits (`partial sig edited`), so both logs agree.
 */
async function partialOnlyEntries(root: string, commits: ReadonlySet<string>, seen: ReadonlySet<string>): Promise<AllLogEntry[]> {
  const includers = listWorktree(root).prompts.filter((p) => readWorktreeText(root, p.file).text?.includes('{{>'));
  const found: AllLogEntry[] = [];
  for (let i = 0; i < includers.length; i += BATCH) {
    const histories = await Promise.all(includers.slice(i, i + BATCH).map(async (p) => ({ id: p.id, log: await promptHistory(root, p.id).catch(() => []) })));
    for (const { id, log } of histories) for (const entry of log) if (commits.has(entry.commit) && !seen.has(`${entry.commit}\0${id}`)) found.push({ id, ...entry });
  }
  return found;
}
