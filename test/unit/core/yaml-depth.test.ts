import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../src/core/parse.js';
import { lightParse } from '../../../src/diff/light-parse.js';

const MESSAGES = 'messages:\n  - role: user\n    content: hi\n';
const TOO_DEEP = 'Lists and mappings nest more than 100 levels deep here; flatten the structure.';

/** The diagnostics of a prompt whose `x-deep` field holds `value`, as `line:column message`. */
function problems(value: string): string[] {
  const text = `${MESSAGES}x-deep: ${value}\n`;
  return parsePrompt(text, 'p', '.prompts/p.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
}

const seqs = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const maps = (n: number) => `${'{a: '.repeat(n)}1${'}'.repeat(n)}`;

describe('nesting depth', () => {
  it('reads 100 levels, the file mapping counted', () => {
    expect(problems(seqs(99))).toEqual([]);
    expect(problems(maps(99))).toEqual([]);
  });

  it('refuses the 101st level at the collection that opens it', () => {
    // "x-deep: " is 8 characters: the 100th bracket, the 101st level, is at column 108.
    expect(problems(seqs(100))).toEqual([`4:108 ${TOO_DEEP}`]);
    expect(problems(maps(100))).toEqual([`4:405 ${TOO_DEEP}`]);
  });

  it('points at the same place however deep it goes (the lexer guard and the walk agree)', () => {
    for (const n of [101, 1000, 10_000, 300_000]) expect(problems(seqs(n))).toEqual([`4:108 ${TOO_DEEP}`]);
    for (const n of [101, 10_000]) expect(problems(maps(n))).toEqual([`4:405 ${TOO_DEEP}`]);
  });

  it('counts block collections too, alone and around flow ones', () => {
    const block = (n: number) => `${MESSAGES}x-deep:\n  ${'- '.repeat(n)}1\n`;
    expect(parsePrompt(block(99), 'p', '.prompts/p.yaml').diagnostics).toEqual([]);
    for (const n of [100, 10_000]) expect(parsePrompt(block(n), 'p', '.prompts/p.yaml').diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(['5:201']);
    // The file's mapping and 50 block levels, then flow: the 50th bracket is the 101st level.
    const mixed = (n: number) => `${MESSAGES}x-deep:\n  ${'- '.repeat(50)}${seqs(n)}\n`;
    expect(parsePrompt(mixed(49), 'p', '.prompts/p.yaml').diagnostics).toEqual([]);
    for (const n of [50, 200_000]) expect(parsePrompt(mixed(n), 'p', '.prompts/p.yaml').diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(['5:152']);
  });

  it('ignores brackets inside scalars', () => {
    expect(problems(JSON.stringify('['.repeat(5000)))).toEqual([]);
    expect(parsePrompt(`messages:\n  - role: user\n    content: |\n      ${'['.repeat(5000)}\n`, 'p', '.prompts/p.yaml').diagnostics).toEqual([]);
  });

  it('gives diff the same verdict: too deep is not a valid prompt', () => {
    expect(lightParse(Buffer.from(`${MESSAGES}x-deep: ${seqs(99)}\n`)).data).toBeDefined();
    expect(lightParse(Buffer.from(`${MESSAGES}x-deep: ${seqs(100)}\n`))).toEqual({ text: `${MESSAGES}x-deep: ${seqs(100)}\n` });
  });
});
