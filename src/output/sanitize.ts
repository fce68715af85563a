/**
 * Text from prompt files (descriptions, keys, variable names, messages) made safe to print
 * on a terminal. A description of "\e[2J" clears the screen, "\e]0;...\a" retitles the
 * window, "\r" overwrites the line before it: C0 and C1 control characters and DEL are shown
 * as escapes instead (`\x1b`, `\r`). JSON and SARIF stay exact; JUnit XML escapes only what
 * XML cannot hold.
 */

// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\x00-\x1f\x7f-\x9f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x1f\x7f-\x9f]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_LAYOUT = /\r\n|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A character as it is shown escaped: `\n`, `\x1b`, `\ufffe`. */
export function escapeControl(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** One line of output (a finding, a table cell, a summary): every control character escaped, line breaks and tabs too. */
export function safeLine(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(CONTROLS, escapeControl) : text;
}

/** A body of text (a message, a file): line breaks and tabs kept as layout, every other control escaped. */
export function safeText(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(CONTROLS_BUT_LAYOUT, (match) => (match === '\r\n' ? match : escapeControl(match))) : text;
}

/**
 * The output of `show` and `render` is the prompt itself, to pipe into a file or a model:
 * byte for byte when stdout is a pipe or a file, escaped only when a terminal would obey it
 * (as `ls` shows "?" for control characters on a terminal only).
 */
export function forTerminal(text: string, stdout: { isTTY: boolean }): string {
  return stdout.isTTY ? safeText(text) : text;
}
