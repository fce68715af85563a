import type { Edit, LintMessage } from './types.js';

/**
 * Applies the fixes that do not overlap each other (eslint's approach): an overlapping fix
 * waits for the next pass, after the file has been linted again.
 */
export function applyFixes(text: string, messages: readonly LintMessage[]): { text: string; applied: number } {
  const fixes = messages.flatMap((m) => (m.fix && m.fix.edits.length > 0 ? [m.fix] : []));
  const bounds = (edits: Edit[]) => [Math.min(...edits.map((e) => e.start)), Math.max(...edits.map((e) => e.end))] as const;
  fixes.sort((a, b) => bounds(a.edits)[0] - bounds(b.edits)[0]);
  const edits: Edit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
    const clashes = sorted.some((e) => edits.some((d) => e.start < d.end && d.start < e.end || (e.start === d.start && e.end === d.end)));
    if (clashes) continue;
    edits.push(...sorted);
    applied++;
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { text: out, applied };
}
