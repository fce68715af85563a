import type { ChalkInstance } from 'chalk';

/**
 * Where a command's output goes. stdout carries the result (only the result with
 * --json); stderr carries messages. Tests pass a capturing reporter.
 */
export interface Reporter {
  out(text: string): void;
  err(text: string): void;
  /** Colours; a no-op instance when colour is off. */
  color: ChalkInstance;
  /** Whether stdout is a terminal (interactive niceties only then). */
  isTTY: boolean;
  /** The terminal's width when stdout is one and says it (`process.stdout.columns`). */
  columns?: number;
}

/** Whether to colour output: only on a TTY, never with NO_COLOR, --no-color or TERM=dumb. */
export function wantsColor(stream: { isTTY?: boolean }, flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

function line(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The reporter the CLI uses: the process's streams. */
export async function processReporter(colorFlag: boolean | undefined): Promise<Reporter> {
  const { Chalk } = await import('chalk');
  const color = wantsColor(process.stdout, colorFlag);
  return {
    out: (text) => void process.stdout.write(line(text)),
    err: (text) => void process.stderr.write(line(text)),
    color: new Chalk({ level: color ? 1 : 0 }),
    isTTY: process.stdout.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
  };
}

/** A reporter that records output, for tests and for the library API. */
export async function memoryReporter(): Promise<Reporter & { stdout: string; stderr: string }> {
  const { Chalk } = await import('chalk');
  const reporter = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (reporter.stdout += line(text)),
    err: (text: string) => void (reporter.stderr += line(text)),
    color: new Chalk({ level: 0 }),
    isTTY: false,
  };
  return reporter;
}
