import { reportError } from './cli-errors.js';
import { processReporter } from './output/reporter.js';

/**
 * What the pre-commit hook runs: `promptgit lint --staged`, exactly, which the bin routes
 * here instead of to the argument parser. Loading commander and building every command's
 * options is a real share of a commit's wait, and this command line has nothing to parse.
 * Output and exit codes are the CLI's (test/e2e/hook.test.ts holds them to it).
 */
export async function runStagedLint(): Promise<number> {
  const reporter = await processReporter(undefined);
  try {
    const { lint } = await import('./commands/lint.js');
    return await lint({ cwd: process.cwd(), reporter, targets: [], staged: true });
  } catch (error) {
    return reportError(error, reporter, /\bpromptgit\b/.test(process.env.DEBUG ?? ''));
  }
}
