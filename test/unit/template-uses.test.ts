import { describe, expect, it } from 'vitest';
import { referencedNames, templateUses } from '../../src/core/template-uses.js';

/** `name@site` for variables (`#` when inside a section), `>name@site` (`!missing`, `!invalid`) for partials. */
function summary(templates: string[], partials: Record<string, string> = {}) {
  const uses = templateUses(templates, new Map(Object.entries(partials)));
  const site = (use: { message: number; partial?: string; start: number }) => `${use.message}${use.partial === undefined ? '' : `/${use.partial}`}:${use.start}`;
  return {
    variables: uses.variables.map((use) => `${use.inSection ? '#' : ''}${use.ref.name}@${site(use)}`),
    partials: uses.partials.map((use) => `>${use.name}@${site(use)}${use.missing ? ' !missing' : ''}${use.invalid === undefined ? '' : ' !invalid'}`),
  };
}

describe('templateUses', () => {
  it.each([
    ['a message alone', ['Hi {{name}}'], {}, { variables: ['name@0:3'], partials: [] }],
    ['a partial, at the include', ['Hi {{> sig}}'], { sig: '{{agent}}' }, { variables: ['agent@0/sig:3'], partials: ['>sig@0:3'] }],
    ['partials of partials, at the first include', ['x {{> a}}'], { a: '{{> b}}', b: '{{c}}' }, { variables: ['c@0/b:2'], partials: ['>a@0:2', '>b@0/a:2'] }],
    ['a partial inside a section', ['{{#items}}{{> row}}{{/items}}'], { row: '{{title}} {{#tags}}{{.}}{{/tags}}' }, { variables: ['items@0:0', '#title@0/row:10', '#tags@0/row:10'], partials: ['>row@0:10'] }],
    ['a cycle, walked once', ['{{> a}}'], { a: '{{x}} {{> b}}', b: '{{y}} {{> a}}' }, { variables: ['x@0/a:0', 'y@0/b:0'], partials: ['>a@0:0', '>b@0/a:0', '>a@0/b:0'] }],
    ['a missing partial, and one it would include', ['{{> nope}}'], {}, { variables: [], partials: ['>nope@0:0 !missing'] }],
    ['a nested missing partial', ['{{> a}}'], { a: '{{> b}}' }, { variables: [], partials: ['>a@0:0', '>b@0/a:0 !missing'] }],
    ['an invalid name, never looked up', ['{{> ../x}}'], { '../x': '{{secret}}' }, { variables: [], partials: ['>../x@0:0 !invalid'] }],
    ['each message on its own', ['{{> p}}', '{{> p}}'], { p: '{{v}}' }, { variables: ['v@0/p:0', 'v@1/p:0'], partials: ['>p@0:0', '>p@1:0'] }],
    ['a template that does not parse', ['{{#a}}', '{{b}}'], {}, { variables: ['b@1:0'], partials: [] }],
  ])('%s', (_, templates, partials, expected) => {
    expect(summary(templates, partials)).toEqual(expected);
  });
});

describe('referencedNames', () => {
  it.each([
    ['top-level names through partials, cycle-safe', ['{{a}} {{#s}}{{b}}{{/s}} {{> p}}', '{{e.f}}'], { p: '{{c}} {{> q}}', q: '{{d}} {{> p}}' }, ['a', 'c', 'd', 'e', 's']],
    ['not the fields of a partial included in a section', ['{{#items}}{{> row}}{{/items}} {{> sig}}'], { row: '{{title}}', sig: '{{agent}}' }, ['agent', 'items']],
    ['not through a missing or invalid partial', ['{{> nope}} {{> /etc/x}} {{a}}'], { '/etc/x': '{{b}}' }, ['a']],
  ])('%s', (_, templates, partials, names) => {
    expect([...referencedNames(templates, new Map(Object.entries(partials)))].sort()).toEqual(names);
  });

  it('counts names in sections when asked to', () => {
    expect([...referencedNames(['{{#s}}{{b}}{{/s}}'], new Map(), () => true)]).toEqual(['s', 'b']);
  });
});
