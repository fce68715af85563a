import type { ParsedPrompt } from '../core/parse.js';
import { PromptgitError } from '../errors.js';
import { releaseText } from '../messages/release.js';

/** Lint found errors in the prompts to release; `report` is the stylish lint report. */
export class LintRefusedError extends PromptgitError {
  override readonly exitCode: number = 1;
  constructor(
    message: string,
    readonly report: string,
    hint: string,
  ) {
    super(message, { hint });
  }
}

/**
 * Refuses the release when lint reports errors for the selected prompts (warnings do
 * not block). The lint engine is loaded only here, when a release really runs.
 */
export async function assertLintPasses(root: string, prompts: readonly ParsedPrompt[]): Promise<void> {
  if (prompts.length === 0) return;
  const ids = prompts.map((p) => p.id);
  const { lintWorkspace, formatResults } = await import('../lint/index.js');
  const report = await lintWorkspace({ root, cwd: root, ids, parsed: new Map(prompts.map((p) => [p.file, p])) });
  if (report.errorCount === 0) return;
  const errorsOnly = { ...report, results: report.results.filter((r) => r.errorCount > 0).map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'error') })) };
  throw new LintRefusedError(releaseText.lintFailed(report.errorCount), formatResults(errorsOnly, 'stylish', { cwd: root }), releaseText.lintFailedHint(ids.length > 3 ? '' : ids.join(' ')));
}
