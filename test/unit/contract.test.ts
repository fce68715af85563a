import { describe, expect, it } from 'vitest';
import { contractOf } from '../../src/core/contract.js';
import { promptSchema } from '../../src/core/schema.js';

const prompt = (file: unknown) => promptSchema.parse(file);

describe('contractOf', () => {
  it('takes the declared variables, with required defaulting to "no default"', () => {
    const contract = contractOf(
      prompt({
        variables: {
          ticket: { description: 'Raw text' },
          tone: { enum: ['formal', 'casual'], default: 'formal' },
          n: { type: 'integer', required: false },
          strict: { type: 'boolean', default: false, required: true },
        },
        messages: [{ role: 'user', content: '{{ticket}} {{undeclared}}' }],
      }),
    );
    expect([...contract.values()]).toEqual([
      { name: 'ticket', type: 'string', required: true, description: 'Raw text', inferred: false },
      { name: 'tone', type: 'string', required: false, default: 'formal', enum: ['formal', 'casual'], inferred: false },
      { name: 'n', type: 'integer', required: false, inferred: false },
      { name: 'strict', type: 'boolean', required: true, default: false, inferred: false },
    ]);
  });

  it('infers required strings from the template when variables is absent', () => {
    const contract = contractOf(
      prompt({
        messages: [
          { role: 'system', content: 'Tone: {{tone}}. {{#items}}{{title}}{{/items}}' },
          { role: 'user', content: '{{{ticket}}} {{user.name}} {{^none}}x{{/none}} {{> sig}}' },
        ],
      }),
      new Map([['sig', '-- {{author}}']]),
    );
    expect([...contract.keys()]).toEqual(['tone', 'items', 'ticket', 'user', 'none', 'author']);
    expect(contract.get('ticket')).toEqual({ name: 'ticket', type: 'string', required: true, inferred: true });
  });

  it.each([
    ['a partial of a partial', '{{> a}}', { a: 'A {{> b}}', b: 'Sign off as {{agent}}.' }, ['agent']],
    ['partials that include each other', '{{x}} {{> a}}', { a: '{{y}} {{> b}}', b: '{{z}} {{> a}}' }, ['x', 'y', 'z']],
    ['not the item fields of a partial included in a section', '{{#items}}{{> row}}{{/items}}', { row: '{{title}}' }, ['items']],
    ['not through a missing partial', '{{x}} {{> gone}}', {}, ['x']],
  ])('infers the variables of included partials: %s', (_, content, partials, names) => {
    const contract = contractOf(prompt({ messages: [{ role: 'user', content }] }), new Map(Object.entries(partials)));
    expect([...contract.keys()]).toEqual(names);
  });

  it('infers a section as a list or a boolean, with the names of its body as the fields of its items', () => {
    const contract = contractOf(
      prompt({
        messages: [{ role: 'user', content: '{{#list}}{{b}} {{{c}}} {{#d}}{{e}}{{/d}}{{/list}} {{^none}}-{{/none}} {{#name}}Hi {{name}}{{/name}} {{#user.items}}{{x}}{{/user.items}} {{#s}}{{/s}}{{s}}' }],
      }),
    );
    expect([...contract.values()]).toEqual([
      { name: 'list', type: 'array', accepts: ['array', 'boolean'], fields: ['b', 'c'], required: true, inferred: true },
      { name: 'none', type: 'array', accepts: ['array', 'boolean'], required: true, inferred: true },
      { name: 'name', type: 'string', required: true, inferred: true },
      { name: 'user', type: 'string', required: true, inferred: true },
      { name: 's', type: 'string', required: true, inferred: true },
    ]);
  });

  it('infers an empty contract from a template without tags', () => {
    expect(contractOf(prompt({ messages: [{ role: 'user', content: 'Hello.' }] })).size).toBe(0);
  });

  it('treats an empty variables mapping as a declaration of no variables', () => {
    expect(contractOf(prompt({ variables: {}, messages: [{ role: 'user', content: '{{x}}' }] })).size).toBe(0);
  });
});
