import type { Diagnostic } from './diagnostics.js';

/** Larger prompt files are refused: a prompt is text for a model, not a data set. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type DecodeResult = { text: string; diagnostic?: undefined } | { text?: undefined; diagnostic: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Turns a file's bytes into text, or a diagnostic for binary, non-UTF-8, oversized or empty content. */
export function decodePromptBytes(bytes: Uint8Array, file: string): DecodeResult {
  const fail = (message: string): DecodeResult => ({
    diagnostic: { file, line: 1, column: 1, message, code: 'valid-yaml', severity: 'error' },
  });
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return fail(`File is ${bytes.byteLength} bytes, over the ${MAX_FILE_BYTES}-byte limit for a prompt; split it or move data out of it.`);
  }
  if (bytes.indexOf(0) !== -1) return fail('File is binary (it contains a NUL byte); a prompt must be UTF-8 text.');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('File is not valid UTF-8; re-save it as UTF-8.');
  }
  if (text.trim() === '') return fail('File is empty; a prompt needs at least "messages".');
  return { text };
}
