import { tagMessage, type TagObject } from './hash-object.js';
import { runGit } from './run.js';
import type { RefUpdate } from './update-ref.js';

/**
 * Creates signed annotated tags, one `git tag -s` each: git signs them as it is set up to
 * (`gpg.format` openpgp, ssh or x509, `gpg.program`, `user.signingKey`), which no payload
 * of ours could match in every case. `created` hears of each tag as soon as it exists, so
 * that a signer failing part-way leaves the caller able to delete the ones made.
 */
export async function createSignedTags(root: string, tags: readonly TagObject[], created: (ref: RefUpdate) => void): Promise<void> {
  for (const tag of tags) {
    // --cleanup=verbatim: the changelog's "#" headings are not comments to strip.
    await runGit(root, ['tag', '-s', '--cleanup=verbatim', '-F', '-', '--', tag.name, tag.object], { input: tagMessage(tag.message) });
    const ref = `refs/tags/${tag.name}`;
    created({ ref, oid: (await runGit(root, ['rev-parse', '--verify', '--end-of-options', ref])).trim() });
  }
}
