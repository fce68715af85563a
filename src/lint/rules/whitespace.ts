import type { Edit, Rule } from '../types.js';

const at = (line: number, column: number, endColumn = column) => ({ start: { line, column }, end: { line, column: endColumn } });

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
      const trailing = /[ \t]+$/.exec(line);
      if (trailing) {
        const start = offset + trailing.index;
        context.report({ messageId: 'trailing', span: at(i + 1, trailing.index + 1, line.length + 1), fix: { edits: [{ start, end: offset + line.length, text: '' }] } });
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
