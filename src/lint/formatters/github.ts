import type { Formatter } from './types.js';
import { safeText } from '../../output/sanitize.js';

/** Escaping of @actions/core's `issueCommand`: data escapes %, CR, LF; properties also ":" and ",". */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */
export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const m of result.messages) {
      const props = [
        `file=${escapeProperty(result.file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        ...(m.endLine === undefined ? [] : [`endLine=${m.endLine}`]),
        ...(m.endColumn === undefined || m.endLine !== m.line ? [] : [`endColumn=${m.endColumn}`]),
        `title=${escapeProperty(`promptgit (${m.ruleId})`)}`,
      ];
      // The Actions log renders terminal escapes, so the message's control characters are shown as escapes.
      lines.push(`::${m.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(safeText(m.message))}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
