import { releaseTagsOf, type ReleaseTag } from '../core/release-tags.js';
import type { TagRef } from '../core/tag-ref.js';
import { listTags, tagsStartingWith } from '../git/index.js';

/** Every tag under a prefix with its commit, in one git call (for rules that read tags themselves). */
export function readTagRefs(root: string, prefix = ''): Promise<TagRef[]> {
  return listTags(root, prefix);
}

/** Every release tag of the repository, from one git call. */
export async function readReleaseTags(root: string, prefix: string): Promise<ReleaseTag[]> {
  return releaseTagsOf(prefix, await listTags(root, prefix));
}

/**
 * The release tags of some prompts, from one git call that looks up `<prefix><id>@*` for each
 * id instead of reading every tag.
 */
export async function readReleaseTagsFor(root: string, prefix: string, ids: Iterable<string>): Promise<ReleaseTag[]> {
  return releaseTagsOf(prefix, await tagsStartingWith(root, [...new Set(ids)].map((id) => `${prefix}${id}@`)));
}
