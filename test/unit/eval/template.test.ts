import { describe, expect, it } from 'vitest';
import { goValue } from '../../../src/eval/evaluators/go-format.js';
import { goToLower, goTrimSpace } from '../../../src/eval/evaluators/go-text.js';
import { templateText } from '../../../src/eval/evaluators/template.js';

describe('templateText (gh pkg/prompt TemplateString)', () => {
  it.each<[string, string, Record<string, unknown>, string]>([
    ['a known key', 'Say {{input}}', { input: 'hi' }, 'Say hi'],
    ['every occurrence', '{{a}}-{{a}}', { a: 'x' }, 'x-x'],
    ['an unknown placeholder stays as written', '{{input}} {{missing}}', { input: 'hi' }, 'hi {{missing}}'],
    ['spaces inside the braces are part of the name', '{{ input }}/{{input}}', { input: 'hi' }, '{{ input }}/hi'],
    ['no mustache: sections and triple braces stay', '{{#input}}x{{/input}} {{{input}}}', { input: 'hi' }, '{{#input}}x{{/input}} {hi}'],
    ['no HTML escaping', '{{input}}', { input: '<b>&"' }, '<b>&"'],
    ['an integer', 'n={{n}}', { n: 4 }, 'n=4'],
    ['a float', 'n={{n}}', { n: 2.5 }, 'n=2.5'],
    ['a negative float', 'n={{n}}', { n: -0.125 }, 'n=-0.125'],
    ['a boolean', '{{ok}}', { ok: false }, 'false'],
    ['null as Go prints a nil', '{{v}}', { v: null }, '<nil>'],
    ['a list as Go prints a slice', '{{v}}', { v: ['a', 1, true, null] }, '[a 1 true <nil>]'],
    ['a nested list', '{{v}}', { v: [['a', 'b'], []] }, '[[a b] []]'],
    ['a mapping as Go prints a map, keys sorted', '{{v}}', { v: { b: 2, a: 'x', c: [1] } }, 'map[a:x b:2 c:[1]]'],
    ['an empty string', '[{{v}}]', { v: '' }, '[]'],
    ['text with no placeholder', 'plain', { v: 'x' }, 'plain'],
    ['a value with a later placeholder is filled in turn (the row order)', '{{a}}', { a: '{{b}}', b: 'x' }, 'x'],
    ['a value with an earlier placeholder stays', '{{b}}', { a: 'x', b: '{{a}}' }, '{{a}}'],
    ['$ patterns in values are literal', '{{v}}', { v: "$& $1 $$ $'" }, "$& $1 $$ $'"],
  ])('%s', (_, text, data, expected) => {
    expect(templateText(text, data)).toBe(expected);
  });
});

describe('goValue (Go fmt %v)', () => {
  it.each<[unknown, string]>([
    [0, '0'],
    [-7, '-7'],
    [9007199254740991, '9007199254740991'],
    [0.1, '0.1'],
    [123456.5, '123456.5'],
    [1234567.5, '1.2345675e+06'],
    [0.0001, '0.0001'],
    [0.00001234, '1.234e-05'],
    [-1.5e-7, '-1.5e-07'],
    [1e21, '1e+21'],
    [1.5e300, '1.5e+300'],
    [Number.NaN, 'NaN'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
    [true, 'true'],
    [undefined, '<nil>'],
    [{ é: 1, z: 2, Z: 3 }, 'map[Z:3 z:2 é:1]'],
  ])('%j', (value, expected) => {
    expect(goValue(value)).toBe(expected);
  });
});

describe('Go strings', () => {
  it('TrimSpace strips what unicode.IsSpace calls space, and keeps U+FEFF (JavaScript trim() does the reverse)', () => {
    expect(goTrimSpace(' \t\n\v\f\r\u0085\u00a0\u2003\u3000x y\u2028\u2029 ')).toBe('x y');
    expect(goTrimSpace('\ufeffx\ufeff')).toBe('\ufeffx\ufeff');
    expect(goTrimSpace('')).toBe('');
  });

  it('ToLower maps one character at a time, as unicode.ToLower does', () => {
    expect(goToLower('HELLO World')).toBe('hello world');
    expect(goToLower('İSTANBUL')).toBe('istanbul');
    // JavaScript's context rule would make the last sigma "ς".
    expect(goToLower('ΟΔΟΣ')).toBe('οδοσ');
    expect(goToLower('ÉCOLE')).toBe('école');
  });
});
