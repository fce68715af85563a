import semver from 'semver';
import { PARTIALS_DIR, PROMPTS_DIR, idFiles } from '../core/ids.js';
import { parsePrompt, type ParsedPrompt } from '../core/parse.js';
import { releasesById, type ReleaseTag } from '../core/release-tags.js';
import { parseTemplate } from '../core/template.js';
import { semanticDiff } from '../diff/semantic.js';
import type { PromptSide } from '../diff/types.js';
import { readObjects } from '../git/index.js';
import { promptFolders } from '../store/config.js';
import { findEntryBody } from './changelog.js';
import type { PlanCandidate } from './plan.js';
import { setVersionField } from './version-field.js';


function partialNames(prompt: ParsedPrompt | undefined): string[] {
  const names: string[] = [];
  if (!prompt?.text.includes('{{>')) return names;
  for (const message of prompt?.data?.messages ?? []) {
    try {
      names.push(...parseTemplate(message.content).partials.map((p) => p.name));
    } catch {
      // an unparsable template has no partials the diff could compare
    }
  }
  return names;
}

function side(prompt: ParsedPrompt, partials: ReadonlyMap<string, string>, ref: string): PromptSide {
  return { id: prompt.id, file: prompt.file, text: prompt.text, data: prompt.data, raw: prompt.raw, partials, ref };
}

/**
 * The working text with its version set to the released one, so that the release's own
 * edit of the `version` line (or a hand edit of it) is not counted as a change.
 */
function withoutVersionChange(after: ParsedPrompt, before: ParsedPrompt): ParsedPrompt {
  const was = before.data?.version;
  if (was === undefined || after.data?.version === was) return after;
  try {
    return parsePrompt(setVersionField(after.text, was), after.id, after.file);
  } catch {
    return after;
  }
}

/**
 * Everything the plan needs for the selected prompts, read in a constant number of git
 * calls: the release tags come in (one for-each-ref, done by the caller), the files at
 * those tags in one `cat-file --batch` (plus one for renamed files), their partials in one more.
 */
export async function gatherCandidates(
  root: string,
  prompts: readonly ParsedPrompt[],
  releases: readonly ReleaseTag[],
  workingPartials: ReadonlyMap<string, string>,
  changelog: string | undefined,
): Promise<PlanCandidate[]> {
  const history = releasesById(releases);
  const tagged = new Set(releases.map((r) => `${r.id}@${r.version}`));
  const last = new Map(prompts.map((p) => [p.id, history.get(p.id)?.[0]]));
  const spec = (p: ParsedPrompt, file: string) => `${last.get(p.id)!.commit}:${file}`;
  const released = prompts.filter((p) => last.get(p.id));
  const objects = await readObjects(root, released.map((p) => spec(p, p.file)));
  // A file renamed between extensions since its release: look for the other names.
  const moved = released.filter((p) => !objects.get(spec(p, p.file)));
  const folders = promptFolders(root);
  const others = (p: ParsedPrompt) => idFiles(p.id, folders).filter((f) => f !== p.file);
  for (const [key, value] of await readObjects(root, moved.flatMap((p) => others(p).map((f) => spec(p, f))))) objects.set(key, value);

  const before = new Map<string, ParsedPrompt>();
  for (const p of released) {
    const file = [p.file, ...others(p)].find((f) => objects.get(spec(p, f)));
    if (file) before.set(p.id, parsePrompt(objects.get(spec(p, file))!.toString('utf8'), p.id, file));
  }
  const byId = new Map(prompts.map((p) => [p.id, p]));
  const partialSpec = (id: string, name: string) => spec(byId.get(id)!, `${PROMPTS_DIR}/${PARTIALS_DIR}/${name}.md`);
  const wanted = [...before].flatMap(([id, old]) => [...partialNames(old), ...partialNames(byId.get(id))].map((name) => partialSpec(id, name)));
  const oldPartials = await readObjects(root, wanted);

  return prompts.map((prompt) => {
    const tag = last.get(prompt.id);
    const fileVersion = typeof prompt.data?.version === 'string' && semver.valid(prompt.data.version) ? prompt.data.version : undefined;
    const pendingEntry = fileVersion && !tagged.has(`${prompt.id}@${fileVersion}`) && changelog ? findEntryBody(changelog, prompt.id, fileVersion) : undefined;
    const candidate: PlanCandidate = { id: prompt.id, file: prompt.file, text: prompt.text, document: () => prompt.doc, ...(fileVersion ? { fileVersion } : {}), ...(pendingEntry !== undefined ? { pendingEntry } : {}) };
    if (!tag) return candidate;
    const old = before.get(prompt.id);
    const partials = new Map<string, string>();
    for (const name of [...partialNames(old), ...partialNames(prompt)]) {
      const bytes = oldPartials.get(partialSpec(prompt.id, name));
      if (bytes) partials.set(name, bytes.toString('utf8'));
    }
    const diff = semanticDiff(old ? side(old, partials, tag.tag) : undefined, side(old ? withoutVersionChange(prompt, old) : prompt, workingPartials, 'worktree'));
    return { ...candidate, last: tag, diff };
  });
}
