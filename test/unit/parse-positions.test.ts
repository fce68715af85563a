import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../src/core/parse.js';

/** `line:column code message` of each diagnostic. */
function at(text: string): string[] {
  return parsePrompt(text, 'p', '.prompts/p.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
}

describe('parsePrompt positions', () => {
  it('places a YAML syntax error at its line', () => {
    expect(at('name: ok\ndescription: a: b\n')).toEqual(['2:14 valid-yaml YAML: Nested mappings are not allowed in compact mappings']);
  });

  it('places an unclosed quote where it opens, not where the file ends', () => {
    expect(at('name: ok\ndescription: "oops\nmessages:\n  - role: user\n    content: hi\n')).toEqual([
      '2:14 valid-yaml The double quote opened here is never closed, so YAML reads the rest of the file into this string; add the closing ".',
    ]);
    expect(at("messages:\n  - role: user\n    content: 'hi\n")).toEqual([
      "3:14 valid-yaml The single quote opened here is never closed, so YAML reads the rest of the file into this string; add the closing '.",
    ]);
  });

  it('reports each tab YAML refuses in indentation at the tab, saying what to do', () => {
    const tab = 'Tab in indentation, which YAML does not allow; indent with spaces (--fix replaces each tab with two spaces).';
    expect(at('name: ok\n\tx: 1\n')).toEqual([`2:1 valid-yaml ${tab}`]);
    expect(at('messages:\n\t- role: user\n\t  content: hi\n')).toEqual([`2:1 valid-yaml ${tab}`, `3:1 valid-yaml ${tab}`]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    expect(at('name: a\ndescription: b\nname: c\nmessages:\n  - role: user\n    content: hi\n')).toEqual([
      '3:1 valid-yaml Duplicate key "name" (first on line 1): a mapping holds each key once; remove one or rename it.',
    ]);
    const [nested] = parsePrompt('messages:\n  - role: user\n    "role": system\n    content: x\n', 'p', '.prompts/p.yaml').diagnostics;
    expect([nested?.line, nested?.column, nested?.endLine, nested?.endColumn, nested?.message]).toEqual([
      3, 5, 3, 11, 'Duplicate key "role" (first on line 2): a mapping holds each key once; remove one or rename it.',
    ]);
  });

  it('places a schema error at messages[1].role on the value', () => {
    const text = ['name: x', 'messages:', '  - role: system', '    content: a', '  - content: b', '    role: robot', ''].join('\n');
    const [diagnostic] = parsePrompt(text, 'p', '.prompts/p.yaml').diagnostics;
    expect(diagnostic).toEqual({
      file: '.prompts/p.yaml',
      line: 6,
      column: 11,
      endLine: 6,
      endColumn: 16,
      message: '"messages[1].role" must be one of system, user, assistant, developer, not "robot".',
      code: 'valid-schema',
      severity: 'error',
    });
  });

  it('places an unknown key on the key, and a missing field on its parent', () => {
    expect(at('messages:\n  - role: user\n    contnet: hi\n')).toEqual([
      '2:5 valid-schema "messages[0].content" is required.',
      '3:5 valid-schema Unknown field "messages[0].contnet". Did you mean "content"?',
    ]);
  });

  it('reports every schema problem of a file in one run, sorted by line', () => {
    expect(at('model: " "\nmessages:\n  - role: usr\n    content: 1\n').map((d) => d.slice(0, 4))).toEqual(['1:8 ', '3:11', '4:14']);
  });

  it('stops an alias bomb with a diagnostic', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) {
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expect(at(lines.join('\n'))).toEqual(['1:1 valid-yaml YAML aliases expand too far (limit 100); write the values out instead of nesting aliases.']);
  });

  it('allows a few aliases', () => {
    expect(at('x-base: &m { role: user, content: hi }\nmessages:\n  - *m\n  - *m\n')).toEqual([]);
  });

  it.each([
    ['a list', '- role: user\n- role: system\n', '1:1 valid-yaml The file must be a YAML mapping of fields, not a list.'],
    ['a string', 'just text\n', '1:1 valid-yaml The file must be a YAML mapping of fields, not string "just text".'],
    ['a number', '42\n', '1:1 valid-yaml The file must be a YAML mapping of fields, not number 42.'],
    ['only comments', '# nothing here\n', '1:1 valid-schema The file has no fields; a prompt needs at least "messages".'],
  ])('refuses a file that is %s', (_, text, expected) => {
    expect(at(text)).toEqual([expected]);
  });

  it('keeps the raw value of an invalid file, and no data', () => {
    const parsed = parsePrompt('name: x\nmessages: 3\n', 'p', '.prompts/p.yaml');
    expect(parsed.raw).toEqual({ name: 'x', messages: 3 });
    expect(parsed.data).toBeUndefined();
    expect(at('name: x\nmessages: 3\n')).toEqual(['2:11 valid-schema "messages" must be a list, not number 3.']);
  });
});
