/**
 * Text of a prompt made inert in a GitHub comment. Every character that markdown or HTML
 * could read as syntax becomes an entity: a prompt's own `|` cannot split a table cell,
 * a backtick cannot open code, `<details>` or `<!-- ... -->` cannot open a tag or hide the
 * rest of the comment. Control characters are shown as escapes, as on a terminal.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;', '`': '&#96;', '\\': '&#92;', '*': '&#42;', _: '&#95;', '[': '&#91;', ']': '&#93;', '~': '&#126;', '#': '&#35;', '!': '&#33;', '$': '&#36;', ':': '&#58;', '@': '&#64;' };

// eslint-disable-next-line no-control-regex
const SPECIAL = /[&<>"'|`\\*_[\]~#!$:@]|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

function escapeChar(char: string): string {
  const entity = ENTITIES[char];
  if (entity) return entity;
  const code = char.charCodeAt(0);
  return code === 13 ? '\\r' : `\\x${code.toString(16).padStart(2, '0')}`;
}

/** Text for a block (`<pre>`): line breaks and tabs kept, everything else inert. */
export function mdText(text: string): string {
  return text.replace(SPECIAL, escapeChar);
}

/** Text for one line (a table cell, a heading, a summary): line breaks shown as `\n`. */
export function mdLine(text: string): string {
  return mdText(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

/** Inline code that cannot be broken out of: `<code>` with its content escaped. */
export function mdCode(text: string): string {
  return `<code>${mdLine(text)}</code>`;
}
