import { Composer, LineCounter, Parser, YAMLParseError, parseDocument, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { inputMessages } from '../messages/input.js';
import { conflictMarkers } from './conflict-markers.js';
import { MAX_DEPTH, deepFlowAt, deepNodeAt } from './yaml-depth.js';

/** A reason the text is not handed to yaml's composer, at `[start, end)`. */
export interface Refusal {
  start: number;
  end: number;
  message: string;
}

type Options = ParseOptions & DocumentOptions & SchemaOptions;

function lineStarts(text: string, lineCounter: LineCounter | undefined): void {
  if (!lineCounter) return;
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
}

/** An empty document in place of one that was refused: callers still get a document to ask. */
function refused(refusals: Refusal[], options: Options): { doc: Document.Parsed; refusals: Refusal[] } {
  const { lineCounter: _, ...rest } = options;
  return { doc: parseDocument('', rest), refusals };
}

/**
 * yaml's `parseDocument`, refusing first what must not reach its composer: merge-conflict
 * markers (each reported at its line, not as the YAML error the first would cause) and
 * nesting past MAX_DEPTH. Files without `<<<<<<<` or 100 brackets pay for neither check
 * beyond a scan; the depth walk reuses the parser's tokens.
 */
export function readYamlDocument(text: string, options: Options = {}): { doc: Document.Parsed; refusals: Refusal[] } {
  const markers = conflictMarkers(text);
  if (markers.length > 0) {
    lineStarts(text, options.lineCounter);
    return refused(markers.map((m) => ({ start: m.start, end: m.end, message: inputMessages.conflictMarker(m.marker) })), options);
  }
  const flow = deepFlowAt(text);
  if (flow !== undefined) {
    // The text up to that bracket parses quickly and holds the first node too deep, which
    // may be a block collection above it: the same place the walk below finds.
    const start = deepNodeAt([...new Parser().parse(text.slice(0, flow + 1))]) ?? flow;
    lineStarts(text, options.lineCounter);
    return refused([{ start, end: start + 1, message: inputMessages.tooDeep(MAX_DEPTH) }], options);
  }
  const tokens = [...new Parser(options.lineCounter?.addNewLine).parse(text)];
  const deep = deepNodeAt(tokens);
  if (deep !== undefined) return refused([{ start: deep, end: deep + 1, message: inputMessages.tooDeep(MAX_DEPTH) }], options);
  // What parseDocument does after parsing: the first document, and an error for any other.
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else if (doc.options.logLevel !== 'silent') {
      doc.errors.push(new YAMLParseError(next.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return { doc: doc!, refusals: [] };
}
