import type { Comparison, RowComparison } from '../compare.js';
import { percent } from './types.js';

const signed = (n: number, digits: number) => `${n >= 0 ? '+' : ''}${n.toFixed(digits)}`;

/** `Pass rate 50.00% -> 75.00% (+25.00), mean score 0.50 -> 0.75 (+0.25)`. */
export function deltaLine(c: Comparison): string {
  if (!c.before) return `Pass rate ${percent(c.after.passRate)} (not at ${c.ref}: every row is new)`;
  return `Pass rate ${percent(c.before.passRate)} -> ${percent(c.after.passRate)} (${signed(c.after.passRate - c.before.passRate, 2)}), mean score ${c.before.meanScore.toFixed(2)} -> ${c.after.meanScore.toFixed(2)} (${signed(c.after.meanScore - c.before.meanScore, 2)})`;
}

export function countsLine(c: Comparison): string {
  return `${c.counts.regressed} regressed, ${c.counts.fixed} fixed, ${c.counts.unchanged} unchanged, ${c.counts.new} new`;
}

/** A compared row's short name: its first values, as the report names rows. */
export function comparedRowName(r: RowComparison): string {
  const values = Object.entries(r.testCase).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ');
  const short = values.length > 60 ? `${values.slice(0, 60)}...` : values;
  return `${short}${r.repeat === undefined ? '' : ` (repeat ${r.repeat + 1})`}`;
}

/** The rows a reader must see: what regressed and what was fixed. */
export function notableRows(c: Comparison): RowComparison[] {
  return c.rows.filter((r) => r.status === 'regressed' || r.status === 'fixed');
}

/** The comparison block of the text report. */
export function compareText(label: string, c: Comparison): string[] {
  const out = [`  Compared with ${c.ref}: ${countsLine(c)}`, `  ${deltaLine(c)}`];
  for (const r of notableRows(c)) out.push(`    ${r.status === 'regressed' ? '✗ regressed' : '✓ fixed    '}  ${comparedRowName(r)}`);
  return out;
}
