import path from 'node:path';
import type { Formatter } from './types.js';
import { safeLine, safeText } from '../../output/sanitize.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * eslint's default format: problems grouped by file, each as `file:line:col` (a link in most
 * terminals and editors), severity, message and rule id, then a count.
 */
export const stylish: Formatter = (results, { cwd, root, color: c }) => {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const file = safeLine(path.relative(cwd, path.join(root, result.file)).split(path.sep).join('/') || result.file);
    const rows = result.messages.map((m) => ({ where: `${file}:${m.line}:${m.column}`, m }));
    const width = Math.max(...rows.map((r) => r.where.length));
    lines.push(c.underline(file));
    for (const { where, m } of rows) {
      const severity = m.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      // Messages quote keys and names from the files: escaped, so a key cannot drive the terminal.
      lines.push(`  ${c.dim(where.padEnd(width))}  ${severity}  ${safeText(m.message)}  ${c.dim(m.ruleId)}`);
    }
    lines.push('');
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableCount;
  }
  if (errors + warnings === 0) return '';
  const paint = errors > 0 ? c.red.bold : c.yellow.bold;
  lines.push(paint(`✖ ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`));
  if (fixable > 0) lines.push(paint(`  ${plural(fixable, 'problem')} can be fixed with --fix.`));
  return `${lines.join('\n')}\n`;
};
