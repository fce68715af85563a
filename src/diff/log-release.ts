import type { PromptDiff } from './types.js';

/**
 * A commit whose only change to the prompt is its `version` field is a release (what
 * `promptgit release` commits): `log` says `release 1.2.0` rather than "no semantic change".
 */
export function releaseFields(diff: PromptDiff): { release: string; summary: string } | Record<string, never> {
  const version = diff.to?.version;
  if (diff.changes.length > 0 || !diff.from || version === undefined || version === diff.from.version) return {};
  return { release: version, summary: `release ${version}` };
}
