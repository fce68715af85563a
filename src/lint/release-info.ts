import { readFileSync } from 'node:fs';
import path from 'node:path';
import { releaseTagsOf } from '../core/release-tags.js';
import { readReleaseTags, readReleaseTagsFor } from '../store/releases.js';
import type { TagRef } from '../core/tag-ref.js';
import type { ReleaseInfo } from './types.js';

/** `## <id>@<version>` headings of .prompts/CHANGELOG.md: releases written but maybe not tagged yet. */
function changelogVersions(root: string): Set<string> {
  let text = '';
  try {
    text = readFileSync(path.join(root, '.prompts', 'CHANGELOG.md'), 'utf8');
  } catch {
    return new Set();
  }
  return new Set([...text.matchAll(/^## (\S+@\S+)(?: |$)/gm)].map((m) => m[1]!));
}

/**
 * The released versions of prompts, from one `git for-each-ref`, for version-consistency:
 * `tags` when the caller already listed them (all of them, any prefix); else those of `ids`
 * (looked up by name: a commit's run does not read every tag), or every prompt's.
 */
export async function readReleaseInfo(root: string, tagPrefix: string, source: { tags?: readonly TagRef[] | undefined; ids?: readonly string[] } = {}): Promise<ReleaseInfo> {
  const versions = new Map<string, string[]>();
  const releases = source.tags ? releaseTagsOf(tagPrefix, source.tags) : source.ids ? await readReleaseTagsFor(root, tagPrefix, source.ids) : await readReleaseTags(root, tagPrefix);
  for (const release of releases) versions.set(release.id, [...(versions.get(release.id) ?? []), release.version]);
  return { versions, pending: changelogVersions(root) };
}
