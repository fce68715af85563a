import type { TagRef } from '../core/tag-ref.js';
import { runGit } from './run.js';

export type { TagRef };

const TAGS = 'refs/tags/';

/**
 * Every tag whose name starts with `prefix`, in ONE `git for-each-ref` call. The prefix
 * is filtered here, not passed to git, so no pattern syntax of git's applies to it.
 */
export async function listTags(root: string, prefix = ''): Promise<TagRef[]> {
  return parseTagRefs(await runGit(root, ['for-each-ref', TAG_FORMAT, 'refs/tags']), prefix);
}

/** The for-each-ref format parseTagRefs reads. */
export const TAG_FORMAT = '--format=%(refname)%00%(objectname)%00%(*objectname)%00%(creatordate:iso-strict)';

/** The tags under `prefix` in for-each-ref's output with TAG_FORMAT (other refs skipped). */
export function parseTagRefs(out: string, prefix: string): TagRef[] {
  const tags: TagRef[] = [];
  for (const line of out.split('\n')) {
    const [ref = '', object = '', peeled = '', date = ''] = line.split('\0');
    if (!ref.startsWith(TAGS)) continue;
    const name = ref.slice(TAGS.length);
    if (!name.startsWith(prefix)) continue;
    tags.push({ name, commit: peeled || object, date });
  }
  return tags;
}
