import { prompt, testRule } from '../rule-tester.js';

const vars = 'variables:\n  name: {}\n';

testRule('template-syntax', {
  valid: [prompt('Hello {{name}}'), prompt('{{#items}}- {{.}}\n{{/items}}'), prompt('JSON like {"a": {"b": 1}} is fine'), { name: 'a partial that parses', code: prompt('Hi {{> sig}}'), partials: { sig: 'bye {{#x}}y{{/x}}' } }],
  invalid: [
    { name: 'a partial that does not parse, at its include (render refuses it too)', code: prompt('Hi {{> sig}}'), partials: { sig: 'bye {{#x}}' }, errors: [{ message: 'Template error: Unclosed section "x" in partial "sig".', line: 3, column: 18 }] },
    { name: 'a partial that does not parse, through another partial', code: prompt('Hi {{> outer}}'), partials: { outer: 'o {{> sig}}', sig: 'bye {{name' }, errors: [{ message: 'Template error: Unclosed tag in partial "sig".', line: 3, column: 18 }] },
    { name: 'unclosed tag', code: prompt('Hello {{name'), errors: [{ message: 'Template error: Unclosed tag.', line: 3, column: 21 }] },
    { name: 'unclosed section', code: prompt('{{#items}} x'), errors: [{ message: 'Template error: Unclosed section "items".', line: 3, column: 15 }] },
    { name: 'mismatched section', code: prompt('{{#a}}x{{/b}}'), errors: [{ message: 'Template error: Unclosed section "a".', line: 3, column: 22 }] },
    { name: 'unopened section', code: prompt('x {{/a}}'), errors: [{ message: 'Template error: Unopened section "a".', line: 3, column: 17 }] },
    { name: 'stray brace', code: prompt('Hi {name}}'), errors: [{ message: '"{name}}" has one opening brace too few; write "{{name}}" for a variable, or remove the braces.', line: 3, column: 18 }] },
  ],
});

testRule('undefined-variable', {
  valid: [
    prompt('Hello {{name}}', vars),
    { name: 'no variables declared', code: prompt('Hello {{anything}}') },
    { name: 'item field inside a section', code: prompt('{{#name}}{{title}}{{/name}}', vars) },
    { name: 'item field of a partial included inside a section', code: prompt('{{#name}}{{> row}}{{/name}}', vars), partials: { row: '{{title}}' } },
  ],
  invalid: [
    { name: 'typo', code: prompt('Hello {{nme}}', vars), errors: [{ message: '"nme" is used but not declared in variables. Did you mean "name"?', line: 5, column: 21 }] },
    { name: 'unknown', code: prompt('{{topic}}', vars), errors: [{ message: '"topic" is used but not declared in variables. Add it under variables, or remove it from the template.', line: 5, column: 15 }] },
    {
      name: 'in a partial',
      code: prompt('{{> footer}}', vars),
      partials: { footer: 'Signed {{agent}}' },
      errors: [{ message: 'Partial "footer" uses "agent", which is not declared in variables. Add it under variables, or remove it from the template.', line: 5, column: 15 }],
    },
    {
      name: 'in a partial of a partial, once per include',
      code: prompt('{{> a}} {{> a}}', vars),
      partials: { a: '{{> b}}', b: '{{agent}} {{agent}}' },
      errors: [{ message: 'Partial "b" uses "agent", which is not declared in variables. Add it under variables, or remove it from the template.', line: 5, column: 15 }],
    },
  ],
});

testRule('unused-variable', {
  valid: [prompt('Hello {{name}}', vars), { name: 'used by a partial', code: prompt('{{> p}}', vars), partials: { p: '{{name}}' } }, prompt('{{#name}}x{{/name}}', vars)],
  invalid: [{ code: prompt('Hello', vars), errors: [{ message: 'Variable "name" is declared but no template uses it; use it or remove its declaration.', line: 2, column: 3 }] }],
});

testRule('missing-partial', {
  valid: [{ code: prompt('{{> footer}}'), partials: { footer: 'bye' } }],
  invalid: [
    { name: 'missing', code: prompt('{{> fotter}}'), partials: { footer: 'bye' }, errors: [{ message: 'Partial "fotter" does not exist: create .prompts/_partials/fotter.md. Did you mean "footer"?', line: 3, column: 15 }] },
    { name: 'nested', code: prompt('x {{> a}}'), partials: { a: '{{> b}}' }, errors: [{ message: 'Partial "a" includes "b", which does not exist: create .prompts/_partials/b.md.', line: 3, column: 17 }] },
    ...(
      [
        ['../x', '"." and ".." segments would lead out of .prompts/_partials/'],
        ['a/../../b', '"." and ".." segments would lead out of .prompts/_partials/'],
        ['/etc/passwd', 'it is an absolute path; a partial is named by its path under .prompts/_partials/ without ".md"'],
        // Escaped in the quoted YAML, the tag is not found verbatim: the finding points at the scalar.
        ['a\\b', 'use "/" between folders, not "\\"', 14],
        ['a//b', 'it has an empty segment ("//" or a trailing "/")'],
      ] as const
    ).map(([name, why, column = 15]) => ({
      name: `invalid name ${name}`,
      code: prompt(`{{> ${name}}}`),
      partials: { [name]: 'found anyway' },
      errors: [{ message: `"${name}" is not a valid partial name: ${why}.`, line: 3, column }],
    })),
    {
      name: 'invalid name in a partial',
      code: prompt('{{> a}}'),
      partials: { a: '{{> ../b}}' },
      errors: [{ message: 'Partial "a" includes "../b", which is not a valid partial name: "." and ".." segments would lead out of .prompts/_partials/.', line: 3, column: 15 }],
    },
  ],
});

testRule('circular-partial', {
  valid: [{ code: prompt('{{> a}}'), partials: { a: '{{> b}}', b: 'end' } }],
  invalid: [
    { name: 'self', code: prompt('{{> a}}'), partials: { a: 'again {{> a}}' }, errors: [{ message: 'Partial "a" includes itself: a -> a. Break the cycle by removing one of the includes.', line: 3, column: 15 }] },
    { name: 'two', code: prompt('{{> a}}'), partials: { a: '{{> b}}', b: '{{> a}}' }, errors: [{ message: 'Partial "a" includes itself: a -> b -> a. Break the cycle by removing one of the includes.', line: 3, column: 15 }] },
  ],
});
