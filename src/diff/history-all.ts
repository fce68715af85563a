import { idFromPath } from '../core/ids.js';
import { promptsCommits, readConfig, readObjectsByName, readReleaseTags } from '../store/index.js';
import { attachPartials, oneLine, type LogEntry } from './history.js';
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
 * Every prompt's history, newest first, as `git log -- .prompts/` walks it: one entry per
 * prompt file a commit changed (ids in order within a commit), with the summary `log <id>`
 * gives, each side read with the partials of its own commit. One `git log`, one batched
 * read of the versions, one read per level of partials. `max` counts commits.
 */
export async function allPromptsHistory(root: string, options: { max?: number } = {}): Promise<AllLogEntry[]> {
  const [commits, releases] = await Promise.all([promptsCommits(root), readReleaseTags(root, readConfig(root).tagPrefix)]);
  const pairs: Array<Pair & { id: string }> = [];
  const blobs: string[] = [];
  for (const commit of options.max === undefined ? commits : commits.slice(0, options.max)) {
    const { changes, ...meta } = commit;
    const changed = changes.map((c) => ({ ...c, id: idFromPath(c.path) ?? idFromPath(c.from) })).filter((c): c is typeof c & { id: string } => c.id !== undefined);
    for (const change of changed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      pairs.push({ id: change.id, step: { meta, status: change.status, path: change.path, from: change.from, ...(change.oldBlob ? { before: change.oldBlob } : {}), ...(change.newBlob ? { after: change.newBlob } : {}), partialOnly: false } });
      blobs.push(...[change.oldBlob, change.newBlob].filter((b): b is string => b !== undefined));
    }
  }
  const objects = await readObjectsByName(root, [...new Set(blobs)]);
  for (const pair of pairs) {
    const before = sideOf(objects, pair.step.before, pair.step.from, idFromPath(pair.step.from) ?? pair.id);
    const after = sideOf(objects, pair.step.after, pair.step.path, pair.id);
    if (before) pair.before = before;
    if (after) pair.after = after;
  }
  await attachPartials(root, pairs);
  const tags = new Map<string, string[]>();
  for (const r of releases) tags.set(`${r.commit}\0${r.id}`, [...(tags.get(`${r.commit}\0${r.id}`) ?? []), r.tag]);
  return pairs.map(({ id, step, before, after }) => {
    const diff = semanticDiff(before, after);
    return { id, ...logEntry(step.meta, { path: step.path, status: step.status, removed: !after }, diff, oneLine(diff.changes), tags.get(`${step.meta.commit}\0${id}`) ?? []) };
  });
}
