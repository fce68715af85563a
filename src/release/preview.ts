import semver from 'semver';
import type { ReleaseTag } from '../core/release-tags.js';
import type { PromptDiff } from '../diff/types.js';
import { nextVersion, requiredBump, type BumpKind } from './bump.js';

/** The release a prompt's changes would make: from its newest release tag to the next version. */
export interface BumpPreview {
  from?: string;
  to: string;
  /** Absent for a first release (it starts at the initial version). */
  bump?: BumpKind;
}

/**
 * What `promptgit release` would do with each changed prompt, by the same rules as the release
 * plan (bump.ts): breaking is major (minor below 1.0.0), feature minor, fix patch, and a prompt
 * never released starts at the initial version. A removed prompt is not released.
 */
export function previewBumps(diffs: readonly PromptDiff[], releases: readonly ReleaseTag[], initialVersion: string): Map<string, BumpPreview> {
  const newest = new Map<string, ReleaseTag>();
  for (const r of releases) {
    const seen = newest.get(r.id);
    if (!seen || semver.gt(r.version, seen.version)) newest.set(r.id, r);
  }
  const out = new Map<string, BumpPreview>();
  for (const d of diffs) {
    if (d.status === 'removed' || d.level === 'none') continue;
    const last = newest.get(d.id);
    if (!last) {
      out.set(d.id, { to: nextVersion({ current: undefined, bump: 'patch', initialVersion }) });
      continue;
    }
    const bump = requiredBump(d.level, last.version);
    out.set(d.id, { from: last.version, to: nextVersion({ current: last.version, bump, initialVersion }), bump });
  }
  return out;
}

