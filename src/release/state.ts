import { releasesById, releaseTagsOf } from '../core/release-tags.js';
import type { ParsedPrompt } from '../core/parse.js';
import { listTags, readObjects } from '../git/index.js';

/** Where a prompt stands against its releases. */
export interface ReleaseState {
  /** `released`: the file is as tagged; `changed`: edited since; `unreleased`: no release tag yet. */
  release: 'released' | 'changed' | 'unreleased';
  /** The newest released version (pre-releases included), or undefined. */
  released?: string;
  tag?: string;
}

/**
 * The release state of every prompt, in two git calls whatever their number: one
 * `for-each-ref` for the tags and one `cat-file --batch` for the files as released.
 */
export async function releaseStates(root: string, prompts: readonly Pick<ParsedPrompt, 'id' | 'file' | 'text'>[], tagPrefix: string): Promise<Map<string, ReleaseState>> {
  const byId = releasesById(releaseTagsOf(tagPrefix, await listTags(root, tagPrefix)));
  const spec = (p: Pick<ParsedPrompt, 'id' | 'file'>) => `${byId.get(p.id)![0]!.commit}:${p.file}`;
  const released = prompts.filter((p) => byId.has(p.id));
  const blobs = await readObjects(root, released.map(spec));
  const states = new Map<string, ReleaseState>();
  for (const prompt of prompts) {
    const last = byId.get(prompt.id)?.[0];
    if (!last) {
      states.set(prompt.id, { release: 'unreleased' });
      continue;
    }
    const same = blobs.get(spec(prompt))?.toString('utf8') === prompt.text;
    states.set(prompt.id, { release: same ? 'released' : 'changed', released: last.version, tag: last.tag });
  }
  return states;
}

/** How the state reads in a table: `released`, `changed since 1.2.0`, `never released`. */
export function describeReleaseState(state: ReleaseState): string {
  if (state.release === 'unreleased') return 'never released';
  return state.release === 'released' ? 'released' : `changed since ${state.released}`;
}
