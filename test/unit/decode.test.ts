import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, decodePromptBytes } from '../../src/core/decode.js';

const decode = (bytes: Uint8Array) => decodePromptBytes(bytes, '.prompts/p.yaml');

describe('decodePromptBytes', () => {
  it('decodes UTF-8 text, accents and emoji included', () => {
    expect(decode(Buffer.from('name: Café ☕\n'))).toEqual({ text: 'name: Café ☕\n' });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decode(Buffer.from('\uFEFFname: x\n')).text).toBe('name: x\n');
  });

  it('accepts a file of exactly the size limit', () => {
    expect(decode(Buffer.alloc(MAX_FILE_BYTES, 'a')).diagnostic).toBeUndefined();
  });

  it.each([
    ['oversized', Buffer.alloc(MAX_FILE_BYTES + 1, 'a'), `File is ${MAX_FILE_BYTES + 1} bytes, over the ${MAX_FILE_BYTES}-byte limit for a prompt; split it or move data out of it.`],
    ['binary', Buffer.from([0x6e, 0x61, 0x00, 0x01]), 'File is binary (it contains a NUL byte); a prompt must be UTF-8 text.'],
    ['Latin-1', Buffer.from('name: caf\xe9\n', 'latin1'), 'File is not valid UTF-8; re-save it as UTF-8.'],
    ['empty', Buffer.alloc(0), 'File is empty; a prompt needs at least "messages".'],
    ['only whitespace', Buffer.from(' \n\t\n'), 'File is empty; a prompt needs at least "messages".'],
  ])('refuses a %s file with a diagnostic at 1:1', (_, bytes, message) => {
    expect(decode(bytes)).toEqual({
      diagnostic: { file: '.prompts/p.yaml', line: 1, column: 1, message, code: 'valid-yaml', severity: 'error' },
    });
  });
});
