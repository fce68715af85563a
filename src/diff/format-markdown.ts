import type { BumpPreview } from '../release/preview.js';
import { inlineDiff } from './inline.js';
import { mdCode, mdLine, mdText } from './markdown-escape.js';
import { highestLevel } from './semantic.js';
import type { Change, ChangeLevel, PromptDiff } from './types.js';
import { shown } from './values.js';
import { markdownMessages as m } from '../messages/markdown.js';

/** GitHub refuses a comment body longer than this. */
export const COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  from: string;
  to: string;
  /** The release each prompt would get, by id (see release/preview.ts). */
  bumps?: ReadonlyMap<string, BumpPreview>;
  /** Characters the result may use (default: GitHub's limit, less room for a marker line). */
  limit?: number;
}

const ICON: Record<ChangeLevel | 'none', string> = { breaking: '🔴', feature: '🟡', fix: '🟢', none: '⚪' };

/** A value as one table cell: short, escaped, and multi-line text pointed at the text diff. */
function cell(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string' && (value.includes('\n') || value.length > 60)) return m.longText(value.length);
  return mdCode(shown(value));
}

function fieldsTable(changes: readonly Change[]): string[] {
  const rows = changes.map((c) => `| ${c.path ? mdCode(c.path) : m.wholePrompt} | ${mdLine(c.summary)} | ${cell(c.before)} | ${cell(c.after)} | ${c.level} |`);
  return [`| ${m.field} | ${m.change} | ${m.before} | ${m.after} | ${m.class} |`, '| --- | --- | --- | --- | --- |', ...rows];
}

function contractLines(changes: readonly Change[]): string[] {
  const vars = changes.filter((c) => c.group === 'variables' && ['added', 'removed', 'renamed', 'narrowed', 'widened', 'changed'].includes(c.kind));
  if (vars.length === 0) return [];
  return ['', `**${m.contract}**`, '', ...vars.map((c) => `- ${mdLine(c.summary)} (${c.level})`)];
}

/** The word diff of an edited text in a `<pre>`: removed words struck, added ones underlined. */
function textDiff(change: Change): string[] {
  if (change.kind !== 'edited' || typeof change.before !== 'string' || typeof change.after !== 'string') return [];
  const body = inlineDiff(change.before, change.after)
    .map((p) => (p.op === 'equal' ? mdText(p.text) : p.op === 'added' ? `<ins>${mdText(p.text)}</ins>` : `<del>${mdText(p.text)}</del>`))
    .join('');
  // Blank lines around the HTML keep GitHub from reading markdown next to it as part of it.
  return ['', `<details><summary>${m.textDiff(mdLine(change.path))}</summary>`, '', `<pre>${body}</pre>`, '', '</details>'];
}

function bumpText(bump: BumpPreview | undefined, d: PromptDiff): string {
  if (d.status === 'removed') return m.removed;
  if (!bump) return m.noRelease;
  return bump.from ? m.bump(mdLine(bump.from), mdLine(bump.to), bump.bump!) : m.firstRelease(mdLine(bump.to));
}

/** One prompt's section; `withText: false` leaves the text diffs out to save room. */
function section(d: PromptDiff, bump: BumpPreview | undefined, withText: boolean): string {
  const lines = [`### ${ICON[d.level]} ${mdCode(d.id)} ${d.level}`, '', `${m.status(d.status)} · ${bumpText(bump, d)}`, '', ...fieldsTable(d.changes), ...contractLines(d.changes)];
  if (withText) lines.push(...d.changes.flatMap(textDiff));
  else if (d.changes.some((c) => textDiff(c).length > 0)) lines.push('', m.textLeftOut);
  return lines.join('\n');
}

function header(diffs: readonly PromptDiff[], o: MarkdownOptions): string {
  const level = highestLevel(diffs.flatMap((d) => d.changes));
  const count = (l: string) => diffs.filter((d) => d.level === l).length;
  return [`## ${m.title(diffs.length, mdLine(o.from), mdLine(o.to))}`, '', m.overall(level, [count('breaking'), count('feature'), count('fix')])].join('\n');
}

/**
 * The semantic diff as a pull-request comment (docs/review.md): a header, then one section per
 * prompt. Everything taken from a prompt is escaped (markdown-escape.ts). When the whole does
 * not fit the limit, the text diffs of the last prompts go first, then whole prompts, and a
 * note says which were left out.
 */
export function diffMarkdown(diffs: readonly PromptDiff[], o: MarkdownOptions): string {
  if (diffs.length === 0) return `## ${m.title(0, mdLine(o.from), mdLine(o.to))}\n\n${m.none}`;
  const limit = (o.limit ?? COMMENT_LIMIT - 100) - 1_000; // room for the note
  const parts = [header(diffs, o)];
  let used = parts[0]!.length;
  const leftOut: string[] = [];
  let shortened = 0;
  for (const d of diffs) {
    const bump = o.bumps?.get(d.id);
    const full = section(d, bump, true);
    const short = full.length + used + 2 <= limit ? full : section(d, bump, false);
    if (leftOut.length === 0 && short.length + used + 2 <= limit) {
      if (short !== full) shortened++;
      parts.push(short);
      used += short.length + 2;
    } else {
      leftOut.push(d.id);
    }
  }
  if (shortened > 0 || leftOut.length > 0) parts.push(`> ${m.truncated(shortened, leftOut.slice(0, 20).map(mdCode), leftOut.length)}`);
  return parts.join('\n\n');
}
