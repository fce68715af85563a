import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * A fast first read of a prompt file. `yaml` (the reference parser: positions, errors,
 * edits that keep comments) builds a node for everything with its source range; that is
 * most of a lint run's time. Most files are clean and need no position at all, so their
 * plain value is first read by js-yaml, two to three times faster, with the same YAML 1.2
 * core schema. Whatever js-yaml refuses, and whatever the two parsers could read
 * differently, goes to `yaml`, which then decides, so both paths agree (a differential test
 * in test/unit/core/fast-yaml.test.ts holds them to it). The guards below look for what
 * could be read differently; a false alarm (`**bold**` at the start of a line) only costs
 * the fast path, never the result.
 */

/** A flow mapping's brace: `{{` and `}}` are template tags. */
const FLOW_MAP = String.raw`(?<!\{)\{(?!\{)`;

/**
 * Where a YAML node can start: a line's indentation, after `- `, `? `, `: `, `[`, `{` or `,`,
 * or right after a quoted key's colon (`"k":value`, JSON style).
 */
const NODE_START = String.raw`(?:^[ \t]*(?:[-?:][ \t]+)*|[-?:][ \t]+|["']:[ \t]*|(?:\[|${FLOW_MAP}|,)[ \t]*)`;

/**
 * Lines this long go to yaml without a look: yaml limits an implicit key to 1,024 characters
 * (js-yaml does not), and the guards below need not scan minified JSON.
 */
const MAX_LINE = 1000;

const GUARDS = [
  // A merge-conflict marker: yaml's path reports each one (js-yaml could read some as text).
  '^<{7}(?:[ \\t]|\\r?$)',
  // A directive: `%YAML 1.1` switches yaml to YAML 1.1 booleans.
  '^%',
  // An anchor or alias: yaml limits how far aliases expand (the alias-bomb guard). js-yaml is
  // also told to accept no alias at all, in case one is written where this does not look.
  String.raw`${NODE_START}[&*][^\s[\]{},]`,
  // A tag: the two know different tags.
  String.raw`${NODE_START}!`,
  // A document end marker (yaml reads on into a second document), an indented document marker.
  String.raw`^[ \t]*\.\.\.(?:[ \t]|$)|^[ \t]+---(?:[ \t]|$)`,
  // A tab indent, a lone carriage return, a byte-order mark past the start: indentation and
  // line breaks the two count apart.
  String.raw`^ *\t|\r(?!\n)|[^]\ufeff`,
  // A number out of range (yaml reads Infinity, js-yaml keeps the text), a \U escape (js-yaml
  // takes some that yaml refuses).
  String.raw`\d[eE][-+]?\d{3}|[0-9a-fA-F]{250}|\\U`,
  // An escaped line break, an explicit block indentation (`|2`), a first-column comment inside
  // an indented block: the two fold or end a scalar differently.
  String.raw`\\\r?$|[|>][-+]?[1-9]|^#.*\r?\n[ \t]+[^\s#]`,
  // More text after a quoted or flow value on its line: js-yaml reads on where yaml stops with
  // an error.
  String.raw`${NODE_START}(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|(?:\[|${FLOW_MAP})[^\n]*[\]}])[ \t]*[^\s:#,\]}]`,
];

// One regex per guard: V8 scans for each faster than for their alternation (a third less
// time over the bench corpus), and the verdict is the same.
const FULL_PARSER_ONLY = GUARDS.map((guard) => new RegExp(guard, 'm'));

/** Whether a mapping anywhere in the value has a key "null": yaml reads a null key (`~: 1`, `: 1`) as "". */
function hasNullKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasNullKey);
  return Object.hasOwn(value, 'null') || Object.values(value).some(hasNullKey);
}

function hasLongLine(text: string): boolean {
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    if ((end === -1 ? text.length : end) - start > MAX_LINE) return true;
    if (end === -1) return false;
    start = end + 1;
  }
  return false;
}

/** The file's mapping as js-yaml reads it, or undefined when `yaml` must read it. */
export function fastMapping(text: string): Record<string, unknown> | undefined {
  if (hasLongLine(text)) return undefined;
  // A byte-order mark at the very start is no content: the markers above are looked for after it.
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (FULL_PARSER_ONLY.some((guard) => guard.test(content))) return undefined;
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA, maxAliases: 0 });
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value) || hasNullKey(value)) return undefined;
  return value as Record<string, unknown>;
}
