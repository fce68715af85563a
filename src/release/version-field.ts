import { isMap, isPair, isScalar, parseDocument, type Document, type Pair, type Scalar } from 'yaml';

/** The version cannot be written into this text; the message says why. */
export class VersionFieldError extends Error {}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function afterLineEnd(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

/** The value written back, in the quoting style the old value used. */
function formatValue(old: Scalar | undefined, version: string): string {
  if (old?.type === 'QUOTE_DOUBLE') return `"${version}"`;
  if (old?.type === 'QUOTE_SINGLE') return `'${version}'`;
  return version;
}

/**
 * yaml's Document.toString() would re-format the whole file, so the edit is made in
 * the source text at the node's range and every other byte stays as it was.
 * Returns `text` with the top-level `version:` set to `version`: only that value's
 * bytes change, or one `version:` line is inserted (after `description`/`name`, else
 * before the first field) when the file has none.
 */
export function setVersionField(text: string, version: string, parsed?: Document.Parsed): string {
  // A document already parsed from this text (with source ranges) saves parsing it again.
  const doc = parsed ?? parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length > 0) throw new VersionFieldError(`the file is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})`);
  const map = doc.contents;
  if (!isMap(map) || map.flow) throw new VersionFieldError('the file is not a block mapping of fields');
  const pairs = (map.items as unknown[]).filter((item): item is Pair<Scalar, unknown> => isPair(item) && isScalar(item.key));
  const existing = pairs.find((pair) => pair.key.value === 'version');
  if (existing) {
    const value = existing.value;
    if (isScalar(value) && value.range) {
      if (value.type === 'BLOCK_LITERAL' || value.type === 'BLOCK_FOLDED') throw new VersionFieldError('"version" is a block scalar; write it as version: 1.0.0');
      const [start, end] = value.range;
      // `version:` with no value has an empty range right after the colon.
      const gap = start === end && text[start - 1] === ':' ? ' ' : '';
      return text.slice(0, start) + gap + formatValue(value, version) + text.slice(end);
    }
    throw new VersionFieldError('"version" is not a plain value; write it as version: 1.0.0');
  }
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const anchor = [...pairs].reverse().find((pair) => pair.key.value === 'description' || pair.key.value === 'name');
  const first = pairs[0];
  if (!first?.key.range) throw new VersionFieldError('the file has no fields');
  const indent = ' '.repeat(first.key.range[0] - lineStart(text, first.key.range[0]));
  const line = `${indent}version: ${version}${newline}`;
  if (anchor && isScalar(anchor.value) && anchor.value.range) {
    const at = afterLineEnd(text, anchor.value.range[1]);
    const needsBreak = at === text.length && !text.endsWith('\n');
    return text.slice(0, at) + (needsBreak ? newline : '') + line + text.slice(at);
  }
  const at = lineStart(text, first.key.range[0]);
  return text.slice(0, at) + line + text.slice(at);
}
