import type { ZodType } from 'zod';
import type { Severity } from '../core/diagnostics.js';
import type { ParsedPrompt } from '../core/parse.js';
import type { FieldPath, Span } from '../core/positions.js';

/** A configured severity: a rule that is `off` does not run. */
export type RuleSeverity = Severity | 'off';

/** One text replacement, by offsets into the file's text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A fix: edits applied together or not at all. */
export interface Fix {
  edits: Edit[];
}

/** One finding of a lint run: a diagnostic with its rule id in `code`, maybe fixable. */
export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
}

/** The findings for one file. */
export interface LintResult {
  /** Repository-relative path, forward slashes. */
  file: string;
  /** The prompt id, for prompt files. */
  id?: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
}

export interface RuleMeta<O> {
  id: string;
  description: string;
  defaultSeverity: RuleSeverity;
  fixable: boolean;
  /** The options' schema; its defaults are the rule's default options. */
  options?: ZodType<O>;
  /** Message templates by id; `{{name}}` is replaced by `data.name`. */
  messages: Record<string, string>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** A field of the prompt: the finding is placed at its value (or its key with `key`). */
  at?: FieldPath;
  key?: boolean;
  /** An explicit position, when the rule knows it better than a field path. */
  span?: Span;
  fix?: Fix;
  /** A finding milder than its rule (a likely slip, not a broken file): reported as a warning at most. */
  severity?: 'warn';
}

/** What a rule sees besides the prompt. Rules never read files or run git. */
export interface RuleContext<O> {
  options: O;
  /** The repository's partials, by name. */
  partials: ReadonlyMap<string, string>;
  /** Every prompt id in the repository (or the index, with --staged). */
  allIds: readonly string[];
  /** Release tags and changelog entries; read only when a rule that needs them is on. */
  releases?: ReleaseInfo;
  report(report: Report): void;
}

/** What the repository has released, for rules about the `version` field. */
export interface ReleaseInfo {
  /** Released versions by prompt id, from the release tags. */
  versions: ReadonlyMap<string, readonly string[]>;
  /** `<id>@<version>` with a CHANGELOG.md entry (released, tags maybe still to create). */
  pending: ReadonlySet<string>;
  /** The ids a prompt had before a rename (newest first), when lint looked them up: their releases count. */
  formerIds?: ReadonlyMap<string, readonly string[]>;
}

/** A lint rule: eslint's module shape, with a zod schema for its options. */
export interface Rule<O = Record<string, never>> {
  meta: RuleMeta<O>;
  /** Loads what the rule needs before a run, asynchronously; called only when the rule is on. */
  prepare?(options: O): Promise<void>;
  check(prompt: ParsedPrompt, context: RuleContext<O>): void;
}

/* eslint-style erasure: the registry holds rules of any options type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
