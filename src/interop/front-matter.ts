import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** A file of YAML front matter between `---` lines and a body, with the line each part starts on. */
export interface FrontMatter {
  /** The front matter's plain value (an empty mapping when there is none). */
  data: Record<string, unknown>;
  /** The 1-based line of a field of the front matter (`['model', 'connection']`), or of its start. */
  lineOf(path: ReadonlyArray<string | number>): number;
  body: string;
  /** The 1-based line the body starts on. */
  bodyLine: number;
  /** A YAML error, with its line, when the front matter does not parse. */
  error?: { message: string; line: number };
}

/** Text as a checkout may hold it: a BOM and CRLF (or lone CR) line ends are not part of the meaning. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits front matter from the body, as Prompty and Dotprompt read it: the file starts with a
 * `---` line and the next `---` line ends the YAML. Positions come from `yaml`, so a loss names
 * the line of its field.
 */
export function splitFrontMatter(source: string): FrontMatter {
  const text = normalizeText(source);
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---') return { data: {}, lineOf: () => 1, body: text, bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (end < 0) return { data: {}, lineOf: () => 1, body: '', bodyLine: lines.length, error: { message: 'the front matter has no closing "---" line', line: 1 } };
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const body = lines.slice(end + 1).join('\n');
  const bodyLine = end + 2;
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  const lineOf = (path: ReadonlyArray<string | number>) => nodeLine(doc, path, lineAt);
  const first = doc.errors[0];
  if (first) return { data: {}, lineOf, body, bodyLine, error: { message: first.message.split('\n')[0]!, line: lineAt(first.pos[0]) } };
  const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    return { data: {}, lineOf, body, bodyLine, error: { message: 'the front matter is not a mapping of fields', line: 2 } };
  }
  return { data: (value ?? {}) as Record<string, unknown>, lineOf, body, bodyLine };
}

/** The line of the deepest node along the path that exists (the front matter's first line when none does). */
function nodeLine(doc: Document, path: ReadonlyArray<string | number>, lineAt: (offset: number) => number): number {
  let node: unknown = doc.contents;
  let best = 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) best = keyNode.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if ((node as Node | undefined)?.range) best = (node as Node).range![0];
    } else break;
  }
  // +1: the front matter starts on the file's second line.
  return lineAt(best) + 1;
}
