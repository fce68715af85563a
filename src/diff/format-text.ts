import type { Reporter } from '../output/reporter.js';
import { inlineDiff, inlineLines } from './inline.js';
import type { Change, ChangeGroup, DiffLevel, PromptDiff } from './types.js';
import { safeLine, safeText } from '../output/sanitize.js';
import { diffMessages } from '../messages/diff.js';

const LEVELS = ['breaking', 'feature', 'fix'] as const;

const GROUPS: readonly ChangeGroup[] = ['prompt', 'metadata', 'model', 'variables', 'messages', 'partials', 'testData', 'evaluators', 'extensions', 'format'];
const GROUP_TITLES: Record<ChangeGroup, string> = { prompt: 'prompt', metadata: 'metadata', model: 'model', variables: 'variables', messages: 'messages', partials: 'partials', testData: 'testData', evaluators: 'evaluators', extensions: 'x- fields', format: 'format' };

type Color = Reporter['color'];

export function levelText(level: DiffLevel, c: Color): string {
  if (level === 'breaking') return c.red.bold(level);
  if (level === 'feature') return c.yellow(level);
  if (level === 'fix') return c.green(level);
  return c.dim(level);
}

function sideText(diff: PromptDiff): string {
  const side = (s: PromptDiff['from']) => (s ? `${s.ref ?? s.file}${s.version ? ` (${s.version})` : ''}` : 'none');
  return safeLine(`${side(diff.from)} -> ${side(diff.to)}`);
}

/** Changed lines of a text edit, word-diffed: colours on a terminal, `[-old-]{+new+}` markers otherwise. */
function inlineText(change: Change, c: Color, indent: string): string[] {
  if (typeof change.before !== 'string' || typeof change.after !== 'string' || change.kind !== 'edited') return [];
  const lines = inlineLines(inlineDiff(change.before, change.after));
  const marks = c.level === 0;
  const out: string[] = [];
  let last = -2;
  lines.forEach((line, index) => {
    if (!line.changed) return;
    if (last >= 0 && index > last + 1) out.push(`${indent}${c.dim('...')}`);
    last = index;
    const text = line.parts
      .map((p) => {
        // The message's own text: a control character in it is shown, not obeyed.
        const shown = safeText(p.text);
        return p.op === 'equal' ? shown : p.op === 'added' ? (marks ? `{+${shown}+}` : c.green.underline(shown)) : marks ? `[-${shown}-]` : c.red.strikethrough(shown);
      })
      .join('');
    out.push(`${indent}${text}`);
  });
  return out;
}

/** One prompt's diff: a header with its class, then its changes grouped by field. */
export function formatPromptDiff(diff: PromptDiff, c: Color): string[] {
  const lines = [`${c.bold(diff.id)}  ${levelText(diff.level, c)}  ${c.dim(sideText(diff))}`];
  for (const group of GROUPS) {
    const changes = diff.changes.filter((change) => change.group === group);
    if (changes.length === 0) continue;
    lines.push(`  ${c.cyan(GROUP_TITLES[group])}`);
    for (const change of changes) {
      // Summaries quote keys and values of the prompt: escaped, so they cannot drive the terminal.
      lines.push(`    ${safeLine(change.summary)}  ${c.dim(`[${change.level}]`)}`);
      lines.push(...inlineText(change, c, '      '));
    }
  }
  return lines;
}

/** `--stat`: one line per prompt, then a total. */
export function formatStat(diffs: readonly PromptDiff[], c: Color): string[] {
  const width = Math.max(...diffs.map((d) => d.id.length));
  // Both lines count changes by their level, so the total is the sum of the lines above it.
  const byLevel = (changes: readonly Change[]) => LEVELS.map((l) => [l, changes.filter((ch) => ch.level === l).length] as const);
  const lines = diffs.map((d) => `${d.id.padEnd(width)}  ${levelText(d.level, c)}${' '.repeat(9 - d.level.length)}${diffMessages.statChanges(byLevel(d.changes))}`);
  lines.push(diffMessages.statTotal(diffMessages.statChanges(byLevel(diffs.flatMap((d) => d.changes))), diffs.length));
  return lines;
}
