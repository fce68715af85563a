import type { Reporter } from '../output/reporter.js';

/** What every command receives: where to run and where to print. Commands return an exit code. */
export interface CommandContext {
  cwd: string;
  reporter: Reporter;
}
