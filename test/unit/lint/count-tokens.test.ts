import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { MAX_RUN, countTokensBounded } from '../../../src/lint/count-tokens.js';

const { countTokens } = createRequire(import.meta.url)('gpt-tokenizer/encoding/o200k_base') as { countTokens: (text: string) => number };

describe('countTokensBounded', () => {
  it('counts ordinary text exactly, in one call', () => {
    const calls: string[] = [];
    const text = 'You are a support agent.\n\n  Answer {{ticket}} briefly, in the customer\'s language.\t'.repeat(40);
    expect(countTokensBounded(text, (t) => (calls.push(t), countTokens(t)))).toBe(countTokens(text));
    expect(calls).toEqual([text]);
  });

  it('counts a run longer than MAX_RUN in slices, and the text around it whole', () => {
    const run = '{'.repeat(2 * MAX_RUN + 5);
    const calls: string[] = [];
    expect(countTokensBounded(`before ${run} after`, (t) => (calls.push(t), t.length))).toBe(`before ${run} after`.length);
    expect(calls.map((c) => c.length)).toEqual([7, MAX_RUN, MAX_RUN, 5, 6]);
  });

  it('slices long runs of spaces too', () => {
    const calls: number[] = [];
    countTokensBounded(`a${' '.repeat(MAX_RUN + 1)}b`, (t) => (calls.push(t.length), 0));
    expect(calls).toEqual([1, MAX_RUN, 1, 1]);
  });
});
