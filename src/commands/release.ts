import { reportWarning } from '../cli-errors.js';
import { releaseOutput as text } from '../messages/release.js';
import type { BumpKind } from '../release/bump.js';
import { LintRefusedError } from '../release/lint-gate.js';
import type { PlanEntry } from '../release/plan.js';
import type { ReleaseResult } from '../release/run.js';
import type { CommandContext } from './context.js';
import { safeLine, safeText } from '../output/sanitize.js';

export interface ReleaseCommandOptions extends CommandContext {
  ids: string[];
  all?: boolean;
  bump?: BumpKind;
  pre?: string;
  dryRun?: boolean;
  json?: boolean;
  message?: string;
  commit?: boolean;
  allowDirty?: boolean;
}

function describe(e: PlanEntry): string {
  if (e.from === undefined) return text.firstRelease;
  return `${e.from} -> ${e.to}  ${e.level}${e.bump ? ` (${e.bump})` : ''}`;
}

/** The --json shape, documented in docs/release.md. */
function toJson(result: ReleaseResult, next: string | null): unknown {
  return {
    dryRun: result.dryRun,
    committed: result.committed,
    commit: result.applied?.commit ?? null,
    releases: result.plan.entries.map((e) => ({ id: e.id, file: e.file, from: e.from ?? null, to: e.to, level: e.level, bump: e.bump ?? null, tag: e.tag, changes: e.changes, changelog: e.changelog })),
    skipped: result.plan.skipped,
    notices: result.plan.notices,
    warnings: result.dirty?.problems.map((p) => ({ file: p.file ?? null, message: p.message })) ?? [],
    files: result.files,
    next,
  };
}

/** `promptgit release`: prints the plan (dry run) or what was released and what to push. */
export async function release(options: ReleaseCommandOptions): Promise<number> {
  const { reporter } = options;
  const c = reporter.color;
  const { runRelease } = await import('../release/run.js');
  let result: ReleaseResult;
  try {
    result = await runRelease({ ...options, ids: options.ids });
  } catch (error) {
    if (!(error instanceof LintRefusedError)) throw error;
    reporter.err(error.report.trimEnd());
    reporter.err(`${c.red('error:')} ${safeText(error.message)}`);
    if (error.hint) reporter.err(`${c.yellow('hint:')} ${safeText(error.hint)}`);
    return error.exitCode;
  }
  const { plan } = result;
  if (result.dirty) reportWarning(result.dirty, reporter);
  for (const notice of plan.notices) reporter.err(`${c.yellow('notice:')} ${safeLine(notice)}`);
  if (plan.skipped.length > 0) reporter.err(text.skipped(plan.skipped.map((s) => `${s.id}@${s.version}`).join(', ')));
  const ids = plan.entries.map((e) => e.id).join(' ');
  const next = result.dryRun || plan.entries.length === 0 ? null : options.commit === false ? text.finish(ids) : text.push;
  if (options.json) {
    reporter.out(JSON.stringify(toJson(result, next), null, 2));
    return 0;
  }
  if (plan.entries.length === 0) {
    reporter.err(text.nothing);
    return 0;
  }
  const width = Math.max(...plan.entries.map((e) => (result.dryRun ? e.id : e.tag).length));
  if (result.dryRun) reporter.out(text.planTitle);
  else if (options.commit === false) reporter.out(text.written(result.files.length - 1));
  else reporter.out(text.released(plan.entries.length, result.applied?.commit));
  for (const e of plan.entries) {
    const name = result.dryRun ? `${e.id}@${e.to}` : e.tag;
    reporter.out(`  ${c.bold(name.padEnd(width + (result.dryRun ? e.to.length + 1 : 0)))}  ${describe(e)}`);
    // The changelog quotes the prompt's changes (keys, values): escaped on the way to the terminal.
    if (result.dryRun && e.changelog) reporter.out(e.changelog.split('\n').map((line) => (line ? `      ${safeLine(line)}` : '')).join('\n'));
  }
  if (result.dryRun) reporter.err(text.runIt);
  else if (options.commit === false) reporter.err(text.finish(ids));
  else reporter.err(text.pushLine);
  return 0;
}
