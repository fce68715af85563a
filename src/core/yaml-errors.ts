import { isMap, isScalar, visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import { yamlMessages } from '../messages/yaml.js';

/** A YAML error as promptgit reports it: where it starts, and words that say what to do. */
export interface YamlProblem {
  pos: readonly [number, number];
  message: string;
}

/** The quoted scalar that runs on to where yaml noticed its quote was missing. */
function unclosedQuoteAt(doc: Document.Parsed, end: number): { start: number; quote: string } | undefined {
  let found: { start: number; quote: string } | undefined;
  visit(doc, {
    Scalar(_, node) {
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range?.[1] === end) {
        found = { start: node.range[0], quote: node.type === 'QUOTE_DOUBLE' ? '"' : "'" };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The repeated key that starts at `start`, and the line of its first occurrence in the same mapping. */
function duplicateKeyAt(doc: Document.Parsed, lc: LineCounter, start: number): { key: string; end: number; firstLine: number | undefined } | undefined {
  let found: { key: string; end: number; firstLine: number | undefined } | undefined;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const keyAt = map.items.findIndex((pair) => isScalar(pair.key) && pair.key.range?.[0] === start);
      if (keyAt === -1) return undefined;
      const key = map.items[keyAt]!.key as { value: unknown; range: [number, number, number] };
      const first = map.items.find((pair) => isScalar(pair.key) && pair.key.value === key.value);
      const firstStart = isScalar(first?.key) ? first.key.range?.[0] : undefined;
      found = { key: String(key.value), end: key.range[1], firstLine: firstStart === undefined || firstStart === start ? undefined : lc.linePos(firstStart).line };
      return visit.BREAK;
    },
  });
  return found;
}

/** The first tab in the indentation of the line starting at or before `pos`. */
function indentTabAt(text: string, pos: number): number {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const tab = indent.indexOf('\t');
  return tab === -1 ? pos : lineStart + tab;
}

/**
 * Rewords the yaml errors whose own position or words mislead: an unclosed quote is found at the
 * end of the file, a duplicate key's message does not name it, a tab's does not say what to do.
 */
export function yamlProblem(error: YAMLError, doc: Document.Parsed, lc: LineCounter, text: string): YamlProblem {
  const [start, end = start] = error.pos;
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const open = unclosedQuoteAt(doc, start);
    if (open) return { pos: [open.start, open.start + 1], message: yamlMessages.unclosedQuote(open.quote) };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const dup = duplicateKeyAt(doc, lc, start);
    if (dup) return { pos: [start, dup.end], message: yamlMessages.duplicateKey(dup.key, dup.firstLine) };
  }
  if (error.code === 'TAB_AS_INDENT') {
    const tab = indentTabAt(text, start);
    return { pos: [tab, tab + 1], message: yamlMessages.tabIndent };
  }
  return { pos: [start, end], message: `YAML: ${error.message.split('\n')[0]}` };
}
