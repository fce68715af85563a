import { resolveRoot, reviewBase } from '../store/index.js';
import { diffAll } from '../diff/collect.js';
import { COMMENT_LIMIT } from '../diff/format-markdown.js';
import { LEVELS, type ChangeLevel } from '../diff/types.js';
import { UsageError } from '../errors.js';
import { reviewMessages as m } from '../messages/review.js';
import type { CommandContext } from './context.js';
import { markdownFor } from './diff-markdown.js';

export interface ReviewOptions extends CommandContext {
  base?: string;
  /** Exit 1 when a prompt's change is at this level or higher. */
  failOn?: string;
  /** Where GITHUB_BASE_REF is read (the process's environment by default). */
  env?: NodeJS.ProcessEnv;
}

/**
 * `promptgit review [<base>]`: one pull-request comment body, the marker line then the markdown
 * diff of what HEAD changed since its merge-base with the base (docs/review.md).
 */
export async function review(options: ReviewOptions): Promise<number> {
  const failOn = options.failOn as ChangeLevel | undefined;
  if (failOn !== undefined && !['breaking', 'feature', 'fix'].includes(failOn)) throw new UsageError(m.badFailOn(failOn));
  const root = await resolveRoot({ cwd: options.cwd });
  const { base, commit } = await reviewBase(root, options.base, options.env ?? process.env);
  const diffs = await diffAll(root, { kind: 'rev', rev: commit }, { kind: 'rev', rev: 'HEAD' }, { from: base, to: 'HEAD' });
  const body = await markdownFor(root, diffs, `${base} (merge-base ${commit.slice(0, 7)})`, 'HEAD', COMMENT_LIMIT - m.marker.length - 200);
  options.reporter.out(`${m.marker}\n${body}`);
  if (failOn === undefined) return 0;
  const worst = LEVELS.indexOf(failOn);
  return diffs.some((d) => LEVELS.indexOf(d.level) <= worst) ? 1 : 0;
}
