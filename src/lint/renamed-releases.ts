import { idFromPath } from '../core/ids.js';
import { readReleaseTagsFor } from '../store/releases.js';
import { formerPaths } from '../store/renames.js';
import { promptFolders } from '../store/config.js';
import type { JobRun } from './parallel.js';
import { lintEntry, type LintJob } from './task.js';
import type { ReleaseInfo } from './types.js';

/**
 * A prompt renamed with `git mv` keeps a version tagged under its old id, so version-consistency
 * flags it. Only files it flagged that were never released under their own id are looked at
 * (never the common path): their former paths in one `git diff` (and one `git log` if need be),
 * the old ids' tags when the run did not list every tag, then those few files are linted again
 * with the releases of their old ids counted.
 */
export async function followRenames(job: LintJob, run: JobRun, releases: ReleaseInfo, tagPrefix: string, staged: boolean, allTags: boolean): Promise<void> {
  // A prompt released under its own id was not renamed into it: a hand-edited version is the
  // rule's common finding and costs no git call.
  const unreleased = (i: number) => (releases.versions.get(job.entries[i]!.id) ?? []).length === 0;
  const flagged = run.outcomes.flatMap((o, i) => (o.result?.messages.some((m) => m.ruleId === 'version-consistency') && unreleased(i) ? [i] : []));
  if (flagged.length === 0) return;
  const former = await formerPaths(job.root, flagged.map((i) => job.entries[i]!.file), staged);
  if (former.size === 0) return;
  const formerIds = new Map<string, string[]>();
  const folders = promptFolders(job.root);
  for (const i of flagged) {
    const entry = job.entries[i]!;
    const ids = (former.get(entry.file) ?? []).flatMap((p) => idFromPath(p, folders) ?? []);
    if (ids.length > 0) formerIds.set(entry.id, ids);
  }
  const versions = new Map(releases.versions);
  if (!allTags) {
    const old = [...new Set([...formerIds.values()].flat())].filter((id) => !versions.has(id));
    for (const r of await readReleaseTagsFor(job.root, tagPrefix, old)) versions.set(r.id, [...(versions.get(r.id) ?? []), r.version]);
  }
  const again: LintJob = { ...job, context: { ...job.context, releases: { ...releases, versions, formerIds } } };
  for (const i of flagged) if (formerIds.has(job.entries[i]!.id)) run.outcomes[i] = lintEntry(again, job.entries[i]!);
}
