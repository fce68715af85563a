import { releaseTagsOf, type ReleaseTag } from '../core/release-tags.js';
import type { TagRef } from '../core/tag-ref.js';
import { listTags } from '../git/index.js';

/** Every tag under a prefix with its commit, in one git call (for rules that read tags themselves). */
export function readTagRefs(root: string, prefix = ''): Promise<TagRef[]> {
  return listTags(root, prefix);
}

/** Every release tag of the repository, from one git call. */
export async function readReleaseTags(root: string, prefix: string): Promise<ReleaseTag[]> {
  return releaseTagsOf(prefix, await listTags(root, prefix));
}
