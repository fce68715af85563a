import semver from 'semver';
import type { Document } from 'yaml';
import { formatTagName, type ReleaseTag } from '../core/release-tags.js';
import type { DiffLevel, PromptDiff } from '../diff/types.js';
import { isLowerBump, nextVersion, requiredBump, type BumpKind } from './bump.js';
import { entryBody, type ChangeLine } from './changelog.js';
import { InputError, UsageError } from '../errors.js';
import { releaseText } from '../messages/release.js';
import { VersionFieldError, setVersionField } from './version-field.js';

/** A selected prompt with what the plan needs to know about it; gathered by ./inputs.ts. */
export interface PlanCandidate {
  id: string;
  file: string;
  /** The working-tree text, which is what gets released. */
  text: string;
  /** That text parsed (with source ranges), parsed on first call when the prompt was read by the fast path. */
  document?: () => Document.Parsed;
  /** The `version` field of the working file, if it has a valid one. */
  fileVersion?: string;
  /** The newest release tag of this prompt (pre-releases included). */
  last?: ReleaseTag;
  /** The semantic diff from the last release to the working file; absent for a first release. */
  diff?: PromptDiff;
  /** The changelog entry already written for `fileVersion` by a `--no-commit` release. */
  pendingEntry?: string;
}

export interface PlanOptions {
  bump?: BumpKind;
  pre?: string;
  initialVersion: string;
  tagPrefix: string;
  /** YYYY-MM-DD, for the changelog. */
  date: string;
  message?: string;
}

export interface PlanEntry {
  id: string;
  file: string;
  /** The last released version; absent for a first release. */
  from?: string;
  to: string;
  /** The highest change class, or `initial` for a first release. */
  level: DiffLevel | 'initial';
  /** The increment applied (absent for a first release and a pending one). */
  bump?: BumpKind;
  tag: string;
  changes: ChangeLine[];
  /** The changelog entry body; the tag message holds it too. */
  changelog: string;
  /** The file's new text; absent when the file already holds `to` (a pending release). */
  content?: string;
}

export interface SkippedPrompt {
  id: string;
  file: string;
  version: string;
  reason: 'unchanged';
}

export interface ReleasePlan {
  entries: PlanEntry[];
  skipped: SkippedPrompt[];
  notices: string[];
}

/** A `--no-commit` release that was committed since: its version is in the file, untagged. */
function isPending(c: PlanCandidate): boolean {
  return c.pendingEntry !== undefined && c.fileVersion !== undefined && (c.last === undefined || semver.gt(c.fileVersion, c.last.version));
}

function versioned(c: PlanCandidate, to: string): string {
  try {
    return setVersionField(c.text, to, c.document?.());
  } catch (error) {
    if (!(error instanceof VersionFieldError)) throw error;
    throw new InputError(`Cannot write the version into ${c.file}: ${error.message}.`, { file: c.file, hint: 'Write the field as a plain line, "version: 1.0.0", or remove it (release adds it).' });
  }
}

/** Turns candidates into releases: pure, so dry-run, --json and the real run agree. */
export function planRelease(candidates: readonly PlanCandidate[], options: PlanOptions): ReleasePlan {
  const plan: ReleasePlan = { entries: [], skipped: [], notices: [] };
  for (const c of candidates) {
    const tag = (to: string) => formatTagName(options.tagPrefix, c.id, to);
    const changes = (c.diff?.changes ?? []).map(({ level, summary }) => ({ level, summary }));
    const level: PlanEntry['level'] = c.last ? (c.diff?.level ?? 'none') : 'initial';
    if (isPending(c)) {
      plan.entries.push({ id: c.id, file: c.file, ...(c.last ? { from: c.last.version } : {}), to: c.fileVersion!, level, tag: tag(c.fileVersion!), changes, changelog: c.pendingEntry! });
      continue;
    }
    if (c.last && level === 'none') {
      plan.skipped.push({ id: c.id, file: c.file, version: c.last.version, reason: 'unchanged' });
      continue;
    }
    let bump: BumpKind | undefined;
    if (c.last && level !== 'none' && level !== 'initial') {
      const required = requiredBump(level, c.last.version);
      bump = options.bump ?? required;
      if (options.bump && isLowerBump(options.bump, required)) plan.notices.push(`${c.id}: --bump ${options.bump} is lower than its changes need (${level}: ${required}); using ${options.bump} as asked.`);
    } else if (options.bump) {
      plan.notices.push(`${c.id}: first release, so --bump is not used; it starts at ${options.initialVersion}.`);
    }
    const to = nextVersion({ current: c.last?.version, bump: bump ?? 'patch', pre: options.pre, initialVersion: options.initialVersion });
    if (c.last && !semver.gt(to, c.last.version)) throw new UsageError(releaseText.notNewer(c.id, to, c.last.version), { hint: releaseText.notNewerHint });
    const changelog = entryBody({ id: c.id, version: to, date: options.date, changes, message: options.message, first: !c.last });
    plan.entries.push({ id: c.id, file: c.file, ...(c.last ? { from: c.last.version } : {}), to, level, ...(bump ? { bump } : {}), tag: tag(to), changes, changelog, content: versioned(c, to) });
  }
  return plan;
}
