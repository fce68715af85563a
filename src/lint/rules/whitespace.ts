import type { Edit, Rule } from '../types.js';

const at = (line: number, column: number, endColumn = column) => ({ start: { line, column }, end: { line, column: endColumn } });

/** Where a line's trailing spaces and tabs start (its length when it has none). */
function trailingBlanks(line: string): number {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end;
}

export const rule: Rule = {
  meta: {
    id: 'whitespace',
    description: 'No trailing whitespace, CRLF line endings or tab indentation: invisible characters that change what the model reads and make noisy diffs.',
    defaultSeverity: 'warn',
    fixable: true,
    messages: {
      crlf: 'The file uses CRLF line endings; use LF (--fix converts them).',
      trailing: 'Trailing whitespace (--fix removes it).',
      tab: 'Tab in indentation; indent with spaces (--fix replaces each tab with two spaces).',
    },
  },
  check(prompt, context) {
    const text = prompt.text;
    const crlf: Edit[] = [];
    let offset = 0;
    const lines = text.split('\n');
    lines.forEach((rawLine, i) => {
      const hasCr = rawLine.endsWith('\r') && i < lines.length - 1;
      const line = hasCr ? rawLine.slice(0, -1) : rawLine;
      if (hasCr) crlf.push({ start: offset + line.length, end: offset + line.length + 1, text: '' });
      // Scanned from the end: /[ \t]+$/ retries from every blank of a long run (quadratic).
      const trailing = trailingBlanks(line);
      if (trailing < line.length) {
        context.report({ messageId: 'trailing', span: at(i + 1, trailing + 1, line.length + 1), fix: { edits: [{ start: offset + trailing, end: offset + line.length, text: '' }] } });
      }
      const indent = /^[ \t]*/.exec(line)![0];
      // A line of only whitespace is trailing whitespace, reported above.
      if (indent.includes('\t') && indent.length < line.length) {
        context.report({ messageId: 'tab', span: at(i + 1, indent.indexOf('\t') + 1), fix: { edits: [{ start: offset, end: offset + indent.length, text: indent.replaceAll('\t', '  ') }] } });
      }
      offset += rawLine.length + 1;
    });
    if (crlf.length > 0) {
      const first = text.slice(0, crlf[0]!.start).split('\n').length;
      context.report({ messageId: 'crlf', span: at(first, lines[first - 1]!.length), fix: { edits: crlf } });
    }
  },
};
