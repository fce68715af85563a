import { findPromptAt, missingPromptError, resolveRoot, type PromptAt } from '../store/index.js';
import { targetLabel } from '../core/refs.js';
import { diffAll } from '../diff/collect.js';
import { diffJson } from '../diff/format-json.js';
import { formatPromptDiff, formatStat } from '../diff/format-text.js';
import { planDiff, type DiffPlan } from '../diff/plan.js';
import { semanticDiff } from '../diff/semantic.js';
import type { PromptDiff, PromptSide } from '../diff/types.js';
import { UsageError } from '../errors.js';
import { diffMessages as m } from '../messages/diff.js';
import type { CommandContext } from './context.js';

export interface DiffOptions extends CommandContext {
  refs: string[];
  staged?: boolean;
  json?: boolean;
  /** `text` (default), `json` (as --json) or `markdown` (a pull-request comment, docs/review.md). */
  format?: string;
  stat?: boolean;
  nameOnly?: boolean;
  exitCode?: boolean;
  /** As git's: print nothing, exit 1 when there are differences (implies exitCode). */
  quiet?: boolean;
}

function side(at: PromptAt | undefined, label: string): PromptSide | undefined {
  if (!at) return undefined;
  const { prompt } = at;
  return { id: prompt.id, file: prompt.file, text: prompt.text, data: prompt.data, raw: prompt.raw, partials: at.partials, ref: label, ...(at.commit ? { commit: at.commit } : {}) };
}

async function diffOne(root: string, plan: Extract<DiffPlan, { mode: 'one' }>): Promise<PromptDiff[]> {
  const before = await findPromptAt(root, plan.from);
  const after = await findPromptAt(root, plan.to);
  if (!before && !after) {
    if (plan.bare) throw new UsageError(m.notAPromptOrRevision(plan.from.id), { hint: m.notAPromptOrRevisionHint });
    throw missingPromptError(plan.to.at.kind === 'worktree' || plan.to.at.kind === 'index' ? plan.from : plan.to);
  }
  const diff = semanticDiff(side(before, targetLabel(plan.from.at)), side(after, targetLabel(plan.to.at)));
  return diff.status === 'unchanged' ? [] : [diff];
}

/** `promptgit diff`: the semantic diff of prompts between two states, classified for callers. */
export async function diff(options: DiffOptions): Promise<number> {
  const { reporter } = options;
  const root = await resolveRoot({ cwd: options.cwd });
  const plan = await planDiff(root, options.refs, options.staged === true);
  const diffs = plan.mode === 'all' ? await diffAll(root, plan.from, plan.to, { from: plan.fromText, to: plan.toText }) : await diffOne(root, plan);
  const [from, to] = plan.mode === 'all' ? [plan.fromText, plan.toText] : [plan.from.text, plan.to.at.kind === 'worktree' || plan.to.at.kind === 'index' ? `${plan.to.id} (${targetLabel(plan.to.at)})` : plan.to.text];
  if (options.quiet) return diffs.length > 0 ? 1 : 0;
  if (options.format !== undefined && !['text', 'json', 'markdown'].includes(options.format)) throw new UsageError(m.badFormat(options.format), { hint: m.badFormatHint });
  if (options.format === 'markdown') {
    const { markdownFor } = await import('./diff-markdown.js');
    reporter.out(await markdownFor(root, diffs, from, to));
  } else if (options.json || options.format === 'json') {
    reporter.out(JSON.stringify(diffJson(diffs, from, to), null, 2));
  } else if (diffs.length === 0) {
    reporter.err(m.noDifferences);
  } else if (options.nameOnly) {
    for (const d of diffs) reporter.out(d.id);
  } else if (options.stat) {
    reporter.out(formatStat(diffs, reporter.color).join('\n'));
  } else {
    reporter.out(diffs.map((d) => formatPromptDiff(d, reporter.color).join('\n')).join('\n\n'));
  }
  return options.exitCode && diffs.length > 0 ? 1 : 0;
}
