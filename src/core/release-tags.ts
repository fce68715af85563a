import type { TagRef } from './tag-ref.js';
import { idProblem } from './ids.js';
import { semverLib } from './libs.js';

/** A release of one prompt, read from a tag named `<tagPrefix><id>@<version>`. */
export interface ReleaseTag {
  id: string;
  version: string;
  /** The full tag name. */
  tag: string;
  commit: string;
  date: string;
}

/** The tag name of a release. */
export function formatTagName(prefix: string, id: string, version: string): string {
  return `${prefix}${id}@${version}`;
}

/** The id and version a tag name stands for, or undefined when it is not a release tag. */
export function parseTagName(prefix: string, name: string): { id: string; version: string } | undefined {
  if (!name.startsWith(prefix)) return undefined;
  const rest = name.slice(prefix.length);
  const at = rest.lastIndexOf('@');
  if (at <= 0) return undefined;
  const id = rest.slice(0, at);
  const version = rest.slice(at + 1);
  if (idProblem(id) !== undefined || semverLib().valid(version) !== version) return undefined;
  return { id, version };
}

/** Release tags among tags; others (and malformed ones) are skipped. */
export function releaseTagsOf(prefix: string, tags: readonly TagRef[]): ReleaseTag[] {
  const releases: ReleaseTag[] = [];
  for (const tag of tags) {
    const parsed = parseTagName(prefix, tag.name);
    if (parsed) releases.push({ ...parsed, tag: tag.name, commit: tag.commit, date: tag.date });
  }
  return releases;
}

/** Releases grouped by prompt id, each list newest version first. */
export function releasesById(releases: readonly ReleaseTag[]): Map<string, ReleaseTag[]> {
  const byId = new Map<string, ReleaseTag[]>();
  for (const release of releases) byId.set(release.id, [...(byId.get(release.id) ?? []), release]);
  const { rcompare } = semverLib();
  for (const list of byId.values()) list.sort((a, b) => rcompare(a.version, b.version));
  return byId;
}

/**
 * The newest release of a prompt by semver. Prereleases count only when there is nothing
 * else, so `1.3.0-rc.1` is not "latest" once `1.2.0` exists.
 */
export function latestRelease(releases: readonly ReleaseTag[], id: string): ReleaseTag | undefined {
  const { prerelease, rcompare } = semverLib();
  const own = releases.filter((r) => r.id === id).sort((a, b) => rcompare(a.version, b.version));
  return own.find((r) => prerelease(r.version) === null) ?? own[0];
}

/** The release of a prompt at an exact version. */
export function findRelease(releases: readonly ReleaseTag[], id: string, version: string): ReleaseTag | undefined {
  return releases.find((r) => r.id === id && r.version === version);
}

/** The highest release of a prompt a semver range admits (pre-releases only when the range names one, as semver does). */
export function highestMatching(releases: readonly ReleaseTag[], id: string, range: string): ReleaseTag | undefined {
  const own = releases.filter((r) => r.id === id);
  const version = semverLib().maxSatisfying(own.map((r) => r.version), range);
  return version === null ? undefined : findRelease(own, id, version);
}
