import type { PromptFile } from '../core/schema.js';

/**
 * The semantic diff's vocabulary. `level` is a change's effect on callers: the release
 * command turns the highest one into a semver bump (breaking -> major, feature -> minor,
 * fix -> patch). These shapes are also the `--json` output (docs/diff.md documents them).
 */
export type ChangeLevel = 'breaking' | 'feature' | 'fix';
export type DiffLevel = ChangeLevel | 'none';

/** Highest first: the order used to pick a prompt's overall level. */
export const LEVELS: readonly DiffLevel[] = ['breaking', 'feature', 'fix', 'none'];

/** The part of a prompt a change belongs to; the text output groups changes by it. */
export type ChangeGroup = 'prompt' | 'metadata' | 'model' | 'variables' | 'messages' | 'partials' | 'testData' | 'evaluators' | 'extensions' | 'format';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed' | 'narrowed' | 'widened' | 'edited' | 'whitespace' | 'comments' | 'formatting' | 'invalid';

export interface Change {
  /** The field, as written in the file: `modelParameters.temperature`, `variables.tone.enum`, `messages[1].content`. */
  path: string;
  group: ChangeGroup;
  kind: ChangeKind;
  level: ChangeLevel;
  /** One line that reads as a changelog bullet: `temperature 0.2 -> 0.7`, `+variable tone`. */
  summary: string;
  before?: unknown;
  after?: unknown;
}

/** One side of a comparison: a prompt file as parsed, and the partials its templates can include. */
export interface PromptSide {
  id: string;
  /** Repository-relative path of the file on this side. */
  file: string;
  /** The file's text, so comment- and formatting-only edits are recognised. */
  text: string;
  /** The validated file; undefined when the file is invalid on this side. */
  data?: PromptFile;
  /** The plain YAML value, valid or not (for `x-*` extension keys). */
  raw?: unknown;
  /** Partial name to text, as seen on this side. */
  partials: ReadonlyMap<string, string>;
  /** Where this side was read: `HEAD`, `index`, `worktree`, `support/triage@1.2.0`, a commit. */
  ref?: string;
  /** The commit this side was read from, when it was read from one. */
  commit?: string;
}

/** Where a side of a diff came from, as printed and in JSON. */
export interface SideInfo {
  id: string;
  file: string;
  ref?: string;
  commit?: string;
  /** The `version` field of the file on that side. */
  version?: string;
}

export type DiffStatus = 'added' | 'removed' | 'renamed' | 'modified' | 'unchanged';

export interface PromptDiff {
  /** The prompt's id on the newer side (the older side's when it was removed). */
  id: string;
  from?: SideInfo;
  to?: SideInfo;
  status: DiffStatus;
  /** The highest level of the changes; `none` when nothing changed. */
  level: DiffLevel;
  changes: Change[];
}
