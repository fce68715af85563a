import semver from 'semver';
import type { RefTarget } from '../core/refs.js';
import { formatTagName, highestMatching } from '../core/release-tags.js';
import { InputError, UsageError } from '../errors.js';
import { storeMessages as m } from '../messages/store.js';
import { readConfig } from './config.js';
import { toLoaded, type LoadedPrompt } from './load.js';
import { readPromptAt } from './prompt-at.js';
import { readReleaseTags } from './releases.js';

/** A prompt loaded at a release: `version` and `tag` are the release's. */
export type LoadedRelease = LoadedPrompt & { version: string; tag: string };

/**
 * Loads a prompt as released: `version` is an exact version (`1.2.0`), a semver range
 * (`^1.2`, `~1.2.3`, `1.x`) or `latest`, resolved against the release tags (one git call)
 * and read from the tagged commit. A range picks the highest match, pre-releases only
 * when the range names one (semver's rule); `latest` prefers the newest stable release.
 */
export async function loadReleasedPrompt(root: string, id: string, version: string): Promise<LoadedRelease> {
  const prefix = readConfig(root).tagPrefix;
  const releases = (await readReleaseTags(root, prefix)).filter((r) => r.id === id);
  let target: RefTarget;
  if (version === 'latest') target = { kind: 'latest' };
  else if (semver.valid(version) === version) target = { kind: 'version', version };
  else if (semver.validRange(version) !== null) {
    const match = highestMatching(releases, id, version)?.version;
    if (!match) {
      const known = releases.map((r) => r.version).sort(semver.rcompare);
      throw new InputError(m.noMatchingRelease(id, version), { hint: known.length ? m.itsReleases(known) : m.noReleaseTags(id, formatTagName(prefix, id, '<version>')) });
    }
    target = { kind: 'version', version: match };
  } else {
    throw new UsageError(m.notAVersion(version), { hint: m.notAVersionHint });
  }
  const at = await readPromptAt(root, { id, at: target, text: `${id}@${version}` });
  const resolved = target.kind === 'version' ? target.version : releases.find((r) => r.commit === at.commit && semver.prerelease(r.version) === null)?.version ?? releases.find((r) => r.commit === at.commit)!.version;
  return toLoaded(at, { version: resolved, tag: formatTagName(prefix, id, resolved) }) as LoadedRelease;
}
