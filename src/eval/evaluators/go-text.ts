/**
 * Go's strings.TrimSpace and strings.ToLower, which gh models eval applied to replies and
 * checks. JavaScript's trim() and toLowerCase() differ at the edges: trim() keeps U+0085 and
 * strips U+FEFF; toLowerCase() maps "İ" to two characters and a final "Σ" to "ς".
 */

// unicode.IsSpace: the Latin-1 spaces, U+0085 and U+00A0, and the White_Space property.
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const EDGES = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
const ASCII = /^[\x00-\x7f]*$/;

export function goTrimSpace(text: string): string {
  return text.replace(EDGES, '');
}

/** Whether a character is one Go's TrimSpace removes. */
export function isGoSpace(char: string): boolean {
  return new RegExp(`^[${GO_SPACE}]$`).test(char);
}

export function goToLower(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  // One code point at a time is Go's simple case mapping: no context (final sigma) applies.
  let out = '';
  for (const char of text) out += char === '\u0130' ? 'i' : char.toLowerCase();
  return out;
}
