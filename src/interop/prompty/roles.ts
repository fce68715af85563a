import type { Message, Role } from '../../core/schema.js';
import type { Loss } from '../types.js';

/** A role line of Prompty's markdown body: `system:` alone on its line (any case, `user[name=x]:` too). */
const ROLE_LINE = /^\s*(system|user|assistant|developer|function|tool)(?:\[([^\]]*)\])?\s*:\s*$/i;

/**
 * Splits a Prompty body into messages at its role lines, as Prompty's own parser does. Text
 * before the first role line is a system message; `function` and `tool` messages have no
 * promptgit role and are losses.
 */
export function splitRoles(body: string, bodyLine: number, file: string, losses: Loss[]): Message[] {
  const lines = body.split('\n');
  const messages: Message[] = [];
  let role: string = 'system';
  let start = 0;
  let startLine = bodyLine;
  const flush = (end: number) => {
    const content = trimBlankLines(lines.slice(start, end).join('\n'));
    if (content === '' && start === 0 && role === 'system') return;
    if (role === 'function' || role === 'tool') {
      losses.push({ file, line: startLine, field: `${role}:`, message: `a "${role}" message has no promptgit role; it was left out` });
      return;
    }
    messages.push({ role: role as Role, content });
  };
  lines.forEach((line, i) => {
    const match = ROLE_LINE.exec(line);
    if (!match) return;
    flush(i);
    role = match[1]!.toLowerCase();
    if (match[2] !== undefined) losses.push({ file, line: bodyLine + i, field: `${role}[${match[2]}]`, message: 'role attributes are not carried; the message keeps its role only' });
    start = i + 1;
    startLine = bodyLine + i;
  });
  flush(lines.length);
  return messages;
}

/** Leading and trailing blank lines are layout between role lines, not part of a message. */
export function trimBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '').replace(/^[ \t]*$/, '');
}
