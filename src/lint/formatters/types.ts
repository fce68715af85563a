import type { ChalkInstance } from 'chalk';
import type { RuleSettings } from '../config.js';
import type { LintResult, RuleMeta } from '../types.js';

/** What every formatter gets besides the results. */
export interface FormatContext {
  /** Where the command ran: stylish prints paths relative to it. */
  cwd: string;
  /** The repository root: machine formats use paths relative to it. */
  root: string;
  /** Colours (a no-op instance when colour is off). */
  color: ChalkInstance;
  /** Every rule's meta, in registry order (SARIF lists them in its driver). */
  rules: readonly RuleMeta<unknown>[];
  /** The severities in effect, for SARIF's default configuration. */
  settings?: RuleSettings;
  /** promptgit's version. */
  version: string;
}

/** One signature for all formatters (spectral's output service): results in, text out. */
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;
