/** Severity of a finding, eslint-style. */
export type Severity = 'error' | 'warn';

/**
 * A problem found in a file, as a value: loading never throws for bad content, it
 * returns every problem it finds so one run reports all of them.
 */
export interface Diagnostic {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based line and column of the start of the problem. */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** Stable identifier of the kind of problem; lint rules use their rule id. */
  code: string;
  severity: Severity;
}

export interface Position {
  line: number;
  column: number;
}
