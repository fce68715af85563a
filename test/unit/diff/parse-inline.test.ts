import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../src/core/parse.js';
import { sameComments, yamlComments } from '../../../src/diff/format.js';
import { MAX_WORD_EDITS, inlineDiff, inlineLines } from '../../../src/diff/inline.js';
import { lightParse } from '../../../src/diff/light-parse.js';
import { BASE } from './side.js';

describe('lightParse', () => {
  it.each([
    ['a valid prompt', BASE],
    ['a schema error', BASE.replace('role: user', 'role: robot')],
    ['a duplicate key', `${BASE}name: again\n`],
    ['a syntax error', 'messages: [\n'],
    ['a list', '- a\n'],
    ['an extension key', `${BASE}x-team: a\n`],
    ['a key GitHub Models ignore', `${BASE}temperature: 0.7\n`],
    ['a likely typo of a field', `${BASE}desciption: a\n`],
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nmessages: [*c, *c]\n`],
  ])('gives the same verdict and fields as parsePrompt for %s', (_name, text) => {
    const full = parsePrompt(text, 'x', 'x.yaml');
    const light = lightParse(Buffer.from(text));
    expect(light.data).toEqual(full.data);
    expect(light.data === undefined).toBe(full.diagnostics.some((d) => d.severity === 'error'));
  });

  it('keeps unreadable bytes invalid', () => {
    expect(lightParse(Buffer.from([0x6d, 0, 0x61])).data).toBeUndefined();
  });
});

describe('comments and word diffs', () => {
  it('reads comments with the YAML lexer, not a # inside a string or block', () => {
    const text = '# top\nname: "a # not"\ncontent: |\n  # not either\nx: 1 # trailing\n';
    expect(yamlComments(text)).toEqual(['# top', '# trailing']);
    expect(sameComments(text, text.replace('# not either', '# changed'))).toBe(true);
    expect(sameComments(text, text.replace('# trailing', '# other'))).toBe(false);
  });

  it('diffs words and marks the changed lines', () => {
    const parts = inlineDiff('one two\nthree four\n', 'one two\nthree five\n');
    expect(parts).toEqual([
      { op: 'equal', text: 'one two\nthree ' },
      { op: 'removed', text: 'four' },
      { op: 'added', text: 'five' },
      { op: 'equal', text: '\n' },
    ]);
    expect(inlineLines(parts).map((l) => l.changed)).toEqual([false, true, false]);
  });

  it('shows a rewrite as removed then added once edits pass the cap', () => {
    const words = (seed: string) => Array.from({ length: MAX_WORD_EDITS }, (_, i) => `${seed}${i}`).join(' ');
    expect(inlineDiff(words('a'), words('b'))).toEqual([
      { op: 'removed', text: words('a') },
      { op: 'added', text: words('b') },
    ]);
  });
});

describe('sameWords', () => {
  it.each([
    ['a b', 'a  b', true],
    ['a b', 'a\n b', true],
    ['a b', ' a b ', true],
    ['a b\n', 'a b', true],
    ['a b', 'ab', false],
    ['ab', 'a b', false],
    ['a b', 'a c', false],
    ['a b', 'a b c', false],
    ['a b c', 'a b', false],
    ['', '  ', true],
  ])('%j vs %j: %s', async (a, b, expected) => {
    const { sameWords } = await import('../../../src/diff/values.js');
    expect(sameWords(a, b)).toBe(expected);
    expect(sameWords(b, a)).toBe(expected);
  });
});
