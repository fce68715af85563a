import { describe, expect, it } from 'vitest';
import { forTerminal, safeLine, safeText } from '../../../src/output/sanitize.js';

const HOSTILE = 'a\x1b[2Jb\x07c\rd\x00e\x7ff\x9bg\th\ni\r\nj';

describe('escaping control characters for the terminal', () => {
  it('safeLine escapes every control character, C0, DEL and C1, layout included', () => {
    expect(safeLine(HOSTILE)).toBe('a\\x1b[2Jb\\x07c\\rd\\x00e\\x7ff\\x9bg\\th\\ni\\r\\nj');
  });

  it('safeText keeps line breaks, CRLF and tabs, and escapes the rest, a lone CR too', () => {
    expect(safeText(HOSTILE)).toBe('a\\x1b[2Jb\\x07c\\rd\\x00e\\x7ff\\x9bg\th\ni\r\nj');
  });

  it('leaves other text as it is, backslashes and non-ASCII included', () => {
    for (const text of ['plain', 'C:\\path\\x1b', 'café ☕ \u00a0 \u2028', '']) {
      expect(safeLine(text)).toBe(text);
      expect(safeText(text)).toBe(text);
    }
  });

  it('is idempotent: escaped text has nothing left to escape', () => {
    expect(safeLine(safeLine(HOSTILE))).toBe(safeLine(HOSTILE));
    expect(safeText(safeText(HOSTILE))).toBe(safeText(HOSTILE));
  });

  it('forTerminal escapes only for a terminal, so a pipe gets the exact text', () => {
    expect(forTerminal(HOSTILE, { isTTY: true })).toBe(safeText(HOSTILE));
    expect(forTerminal(HOSTILE, { isTTY: false })).toBe(HOSTILE);
  });
});
