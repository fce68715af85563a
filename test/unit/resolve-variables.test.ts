import { describe, expect, it } from 'vitest';
import { coerce, resolveVariables, type Contract, type VariableContract } from '../../src/core/contract.js';

function contract(...specs: Partial<VariableContract>[]): Contract {
  return new Map(specs.map((s) => [s.name!, { type: 'string', required: true, inferred: false, ...s } as VariableContract]));
}

describe('coerce (--var text to the declared type)', () => {
  it.each([
    ['x', 'string', 'x'],
    ['', 'string', ''],
    ['3', 'integer', 3],
    ['-2', 'integer', -2],
    ['3.5', 'integer', undefined],
    ['3.5', 'number', 3.5],
    ['1e3', 'number', 1000],
    ['', 'number', undefined],
    [' ', 'integer', undefined],
    ['abc', 'number', undefined],
    ['Infinity', 'number', undefined],
    ['true', 'boolean', true],
    ['false', 'boolean', false],
    ['yes', 'boolean', undefined],
    ['[1, "a"]', 'array', [1, 'a']],
    ['{"a": 1}', 'array', undefined],
    ['{"a": 1}', 'object', { a: 1 }],
    ['[1]', 'object', undefined],
    ['{bad', 'object', undefined],
  ] as const)('%j as %s is %j', (text, type, value) => {
    expect(coerce(text, type)).toEqual(value);
  });
});

describe('resolveVariables', () => {
  const triage = contract(
    { name: 'ticket', description: 'Raw text' },
    { name: 'tone', enum: ['formal', 'casual'], default: 'formal', required: false },
    { name: 'max', type: 'integer', default: 3, required: false },
    { name: 'note', required: false },
  );

  it('applies defaults and leaves optional variables without one unset', () => {
    expect(resolveVariables(triage, { ticket: 'late' })).toEqual({ values: { ticket: 'late', tone: 'formal', max: 3 }, problems: [] });
  });

  it('converts --var text to the declared type', () => {
    expect(resolveVariables(triage, { ticket: 'late', max: '5' }, new Set(['ticket', 'max'])).values).toEqual({ ticket: 'late', max: 5, tone: 'formal' });
  });

  it('does not convert values that came typed from a --vars file', () => {
    expect(resolveVariables(triage, { ticket: 'late', max: '5' }).problems).toEqual(['Variable "max" must be an integer, not "5".']);
  });

  it('names every problem at once: missing, unknown, wrong type, outside the enum', () => {
    const { problems } = resolveVariables(triage, { tone: 'rude', max: 'many', extra: 1 }, new Set(['tone', 'max']));
    expect(problems).toEqual([
      'Variable "tone" must be one of "formal", "casual", not "rude".',
      'Variable "max" must be an integer, not "many".',
      'Unknown variable "extra": the prompt takes "ticket", "tone", "max", "note".',
      'Missing required variable "ticket" (Raw text).',
    ]);
  });

  it('says when a prompt takes no variables', () => {
    expect(resolveVariables(new Map(), { x: '1' }).problems).toEqual(['Unknown variable "x": the prompt takes no variables.']);
  });

  it('checks a typed enum', () => {
    const sizes = contract({ name: 'n', type: 'integer', enum: [1, 2] });
    expect(resolveVariables(sizes, { n: '2' }, new Set(['n']))).toEqual({ values: { n: 2 }, problems: [] });
    expect(resolveVariables(sizes, { n: 3 }).problems).toEqual(['Variable "n" must be one of 1, 2, not 3.']);
  });

  it('takes a given value over the default, even a falsy one', () => {
    const flags = contract({ name: 'on', type: 'boolean', default: true, required: false });
    expect(resolveVariables(flags, { on: 'false' }, new Set(['on'])).values).toEqual({ on: false });
  });

  it('does not take inherited object keys for variables', () => {
    expect(resolveVariables(contract({ name: 'x' }), { x: 'a', toString: 'b' }).problems).toEqual(['Unknown variable "toString": the prompt takes "x".']);
  });
});

describe('resolveVariables for an inferred section', () => {
  const section = contract({ name: 'list', type: 'array', accepts: ['array', 'boolean'], fields: ['b', 'top'], inferred: true });

  it('takes a list of items with the fields, or a boolean, from JSON or --var text', () => {
    expect(resolveVariables(section, { list: [{ b: 1, top: 2 }] })).toEqual({ values: { list: [{ b: 1, top: 2 }] }, problems: [] });
    expect(resolveVariables(section, { list: 'false' }, new Set(['list']))).toEqual({ values: { list: false }, problems: [] });
    expect(resolveVariables(section, { list: '[]' }, new Set(['list']))).toEqual({ values: { list: [] }, problems: [] });
  });

  it('lets a field given at the top level stand for the items, as mustache looks it up there', () => {
    expect(resolveVariables(contract(...section.values(), { name: 'top' }), { list: [{ b: 1 }], top: 'x' }).problems).toEqual([]);
  });

  it('reports a wrong value, a non-mapping item and missing fields', () => {
    expect(resolveVariables(section, { list: 'abc' }, new Set(['list'])).problems).toEqual(['Variable "list" must be an array or a boolean, not "abc".']);
    expect(resolveVariables(section, { list: [{ b: 1 }, 3] }).problems).toEqual([
      'Variable "list" item 0 has no "top"; the section\'s body uses it.',
      'Variable "list" item 1 must be a mapping with "b", "top", not 3.',
    ]);
  });
});
