import { Lexer, type CST } from 'yaml';

/**
 * How deep lists and mappings may nest, the document's own mapping counted as 1: js-yaml's
 * `maxDepth`, so the fast path and yaml refuse the same files. yaml recurses per level and
 * overflows the stack near 1,000 levels (V8 has even aborted the process there), and so do
 * the deep-equal and JSON.stringify that diff and --json run on the value.
 */
export const MAX_DEPTH = 100;

/** The lexer's own marks between tokens: not text of the file, so they take no offset. */
const MARKS = new Set(['\x02', '\x18', '\x1f']);

/** Whether the text has enough brackets to open a flow collection past MAX_DEPTH. */
function manyBrackets(text: string): boolean {
  let count = 0;
  for (let i = text.indexOf('['), j = text.indexOf('{'); i !== -1 || j !== -1; ) {
    if (++count > MAX_DEPTH) return true;
    if (j === -1 || (i !== -1 && i < j)) i = text.indexOf('[', i + 1);
    else j = text.indexOf('{', j + 1);
  }
  return false;
}

/**
 * The offset of the first `[` or `{` that opens a flow collection past MAX_DEPTH, read with
 * yaml's lexer: it is linear, where yaml's parser takes seconds over 500,000 open brackets.
 */
export function deepFlowAt(text: string): number | undefined {
  if (!manyBrackets(text)) return undefined;
  let depth = 0;
  let offset = 0;
  let scalar = false;
  for (const token of new Lexer().lex(text)) {
    if (!scalar && (token === '[' || token === '{')) {
      if (++depth > MAX_DEPTH) return offset;
    } else if (!scalar && (token === ']' || token === '}')) {
      depth = Math.max(0, depth - 1);
    }
    // A scalar's text follows its mark: a block scalar's "[" is not a bracket.
    scalar = token === '\x1f';
    if (!MARKS.has(token)) offset += token.length;
  }
  return undefined;
}

/** The offset of the first collection, in document order, nested past MAX_DEPTH (walked without recursion). */
export function deepNodeAt(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((token): [CST.Token, number] => [token, 0]).reverse();
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    let children: (CST.Token | null | undefined)[];
    let inner = depth;
    if (token.type === 'document') {
      children = [token.value];
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      inner = depth + 1;
      if (inner > MAX_DEPTH) return token.offset;
      children = token.items.flatMap((item) => ['key' in item ? item.key : undefined, item.value]);
    } else {
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push([child, inner]);
    }
  }
  return undefined;
}
