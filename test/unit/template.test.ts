import { describe, expect, it } from 'vitest';
import { TemplateSyntaxError, parseTemplate, partialCycle } from '../../src/core/template.js';

const refs = (template: string) => parseTemplate(template).variables.map((v) => [v.kind, v.path, v.name, v.sections.join('>')]);

describe('parseTemplate', () => {
  it('reads names, unescaped tags, sections and inverted sections from the tokens', () => {
    expect(refs('Hi {{ name }} {{{raw}}} {{&amp}} {{#items}}{{title}}{{.}}{{/items}}{{^empty}}none{{/empty}}')).toEqual([
      ['name', 'name', 'name', ''],
      ['unescaped', 'raw', 'raw', ''],
      ['unescaped', 'amp', 'amp', ''],
      ['section', 'items', 'items', ''],
      ['name', 'title', 'title', 'items'],
      ['inverted', 'empty', 'empty', ''],
    ]);
  });

  it('keeps dotted names whole and uses their first segment as the name', () => {
    expect(refs('{{user.address.city}}')).toEqual([['name', 'user.address.city', 'user', '']]);
  });

  it('records nested sections outermost first', () => {
    expect(refs('{{#a}}{{^b.c}}{{d}}{{/b.c}}{{/a}}')).toEqual([
      ['section', 'a', 'a', ''],
      ['inverted', 'b.c', 'b', 'a'],
      ['name', 'd', 'd', 'a>b'],
    ]);
  });

  it('ignores comments and text, and gives tag offsets', () => {
    const info = parseTemplate('ab {{! note }}{{x}}');
    expect(info.variables).toEqual([{ name: 'x', path: 'x', kind: 'name', start: 14, end: 19, sections: [] }]);
  });

  it('lists partials with their offsets and the sections around them', () => {
    expect(parseTemplate('a {{> footer}} {{>sig/short}} {{#items}}{{> row}}{{/items}}').partials).toEqual([
      { name: 'footer', start: 2, end: 14, sections: [] },
      { name: 'sig/short', start: 15, end: 29, sections: [] },
      { name: 'row', start: 40, end: 49, sections: ['items'] },
    ]);
  });

  it('follows custom delimiters', () => {
    expect(refs('{{=<% %>=}}<% x %> {{y}}')).toEqual([['name', 'x', 'x', '']]);
  });

  it.each([
    ['an unclosed section', 'ab {{#a}}x', 'Unclosed section "a"', 10],
    ['a mismatched close', '{{#a}}x{{/b}}', 'Unclosed section "a"', 7],
    ['an unopened close', 'x {{/a}}', 'Unopened section "a"', 2],
    ['an unclosed tag', 'hello {{name', 'Unclosed tag', 12],
  ])('throws TemplateSyntaxError with the offset for %s', (_, template, message, offset) => {
    let error: unknown;
    try {
      parseTemplate(template);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TemplateSyntaxError);
    expect(error).toMatchObject({ message, offset });
  });
});

describe('partialCycle', () => {
  it('names the chain of partials that include each other', () => {
    const partials = new Map([
      ['a', '{{> b}}'],
      ['b', 'x {{#s}}{{> c}}{{/s}}'],
      ['c', '{{> b}}'],
    ]);
    expect(partialCycle('{{> a}}', partials)).toEqual(['b', 'c', 'b']);
    expect(partialCycle('{{> self}}', new Map([['self', '{{> self}}']]))).toEqual(['self', 'self']);
  });

  it('accepts a partial used twice without a cycle', () => {
    expect(partialCycle('{{> a}}{{> b}}', new Map([['a', '{{> c}}'], ['b', '{{> c}}'], ['c', 'end']]))).toBeUndefined();
  });
});
