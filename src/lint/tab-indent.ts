import type { Edit } from './types.js';

/** The tabs in the indentation of the line starting at `offset`: where the first is, and the edit to spaces. */
export function tabIndent(line: string, offset: number): { column: number; edit: Edit } | undefined {
  const indent = /^[ \t]*/.exec(line)![0];
  const tab = indent.indexOf('\t');
  // A line of only whitespace is trailing whitespace, reported as such.
  if (tab === -1 || indent.length === line.length) return undefined;
  return { column: tab + 1, edit: { start: offset, end: offset + indent.length, text: indent.replaceAll('\t', '  ') } };
}

/** The line of `text` starting at 1-based `line`, and its offset. */
export function lineAt(text: string, line: number): { text: string; offset: number } {
  let offset = 0;
  for (let n = 1; n < line && offset !== -1; n++) offset = text.indexOf('\n', offset) + 1 || -1;
  if (offset === -1) return { text: '', offset: text.length };
  const end = text.indexOf('\n', offset);
  return { text: text.slice(offset, end === -1 ? text.length : end).replace(/\r$/, ''), offset };
}
