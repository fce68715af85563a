import { prompt, testRule } from '../rule-tester.js';

const vars = 'variables:\n  ticket: {}\n  count:\n    type: integer\n    default: 1\n  tone:\n    enum: [formal, casual]\n    default: formal\n';
const body = `${vars}messages:\n  - role: user\n    content: "{{ticket}} {{count}} {{tone}}"\n`;

testRule('test-data', {
  valid: [
    `${body}testData:\n  - ticket: a\n  - ticket: b\n    count: 3\n    tone: casual\n`,
    { name: 'inferred contract', code: `${prompt('{{a}}')}testData:\n  - a: x\n` },
    { name: 'an inferred section: a list of items, or a boolean', code: `${prompt('{{#items}}{{title}}{{/items}}')}testData:\n  - items: [{ title: a }]\n  - items: false\n` },
    { name: 'expected, by name', code: `${prompt('{{a}}')}testData:\n  - a: x\n    expected: y\n` },
    { name: 'read by a string evaluator', code: `${prompt('{{a}}')}testData:\n  - a: x\n    answer: y\nevaluators:\n  - name: has\n    string:\n      contains: '{{answer}}'\n` },
    { name: 'read by a built-in evaluator', code: `${prompt('hi')}testData:\n  - input: x\nevaluators:\n  - name: rel\n    uses: github/relevance\n` },
    { name: 'read by an llm evaluator', code: `${prompt('{{a}}')}testData:\n  - a: x\n    ref: y\nevaluators:\n  - name: judge\n    llm:\n      modelId: openai/gpt-4o\n      prompt: 'Is {{completion}} like {{ref}}?'\n      choices: []\n` },
  ],
  invalid: [
    { name: 'missing', code: `${body}testData:\n  - count: 2\n`, errors: [{ message: 'testData[0] is missing the required variable "ticket".', line: 13, column: 5 }] },
    { name: 'unread', code: `${body}testData:\n  - ticket: a\n    tickt: b\n`, errors: [{ message: 'testData[0] sets "tickt", which neither the template nor an evaluator reads. Did you mean "ticket"?', line: 14, column: 5, severity: 'warn' }] },
    { name: 'missing, declared', code: `${body}testData:\n  - count: 2\n`, errors: [{ message: 'testData[0] is missing the required variable "ticket".', line: 13, column: 5, severity: 'error' }] },
    {
      name: 'missing, inferred',
      code: `${prompt('{{a}} {{b}}')}testData:\n  - a: x\n`,
      errors: [{ message: 'testData[0] has no "b", which the template uses; the placeholder would stay in the prompt.', line: 5, column: 5, severity: 'warn' }],
    },
    { name: 'type', code: `${body}testData:\n  - ticket: a\n    count: "3"\n`, errors: [{ message: 'testData[0].count must be of type integer, not "3".', line: 14, column: 12 }] },
    {
      name: 'an inferred section given a string',
      code: `${prompt('{{#items}}{{title}}{{/items}}')}testData:\n  - items: x\n`,
      errors: [{ message: 'testData[0].items must be of type array or boolean, not "x".', line: 5, column: 12 }],
    },
    {
      name: 'an inferred section\'s items without the fields its body uses',
      code: `${prompt('{{#items}}{{title}}{{/items}}')}testData:\n  - items:\n      - title: a\n      - name: b\n      - plain\n`,
      errors: [
        { message: 'testData[0].items[1] has no "title", which the section\'s body uses.', line: 7, column: 9 },
        { message: 'testData[0].items[2] must be a mapping with "title", not "plain".', line: 8, column: 9 },
      ],
    },
    { name: 'enum', code: `${body}testData:\n  - ticket: a\n    tone: rude\n`, errors: [{ message: 'testData[0].tone must be one of "formal", "casual", not "rude".', line: 14, column: 11 }] },
  ],
});

testRule('max-tokens', {
  valid: [prompt('short'), { code: prompt('one two three four five six seven'), options: { max: 7 } }],
  invalid: [
    {
      code: prompt('one two three four five six seven eight nine ten eleven'),
      options: { max: 5 },
      errors: [{ message: 'The prompt is 11 tokens (o200k_base) before variables are filled in; the budget is 5. Shorten it or raise max-tokens.max.', line: 1, column: 1 }],
    },
    {
      name: 'counts partials',
      code: prompt('one {{> p}}'),
      partials: { p: 'two three four five six seven eight' },
      options: { max: 6, encoding: 'cl100k_base' },
      errors: [{ message: 'The prompt is 8 tokens (cl100k_base) before variables are filled in; the budget is 6. Shorten it or raise max-tokens.max.', line: 1, column: 1 }],
    },
  ],
});

testRule('require-description', {
  valid: [prompt('hi', 'description: Triage tickets\nvariables: {}\n'), { name: 'a GitHub Models file without variables', code: prompt('hi', 'name: Triage\n') }],
  invalid: [
    { code: prompt('hi', 'name: Triage\nvariables: {}\n'), errors: [{ message: 'The prompt has no description; add a one-line "description:" saying what it is for.', line: 1, column: 1 }] },
    { name: 'blank', code: prompt('hi', 'description: " "\nvariables: {}\n'), errors: [{ message: 'The prompt has no description; add a one-line "description:" saying what it is for.', line: 1, column: 14 }] },
  ],
});

testRule('id-case-collision', {
  valid: [{ code: prompt('hi'), id: 'a/b', allIds: ['a/b', 'a/c'] }],
  invalid: [
    {
      code: prompt('hi'),
      id: 'Support/Triage',
      allIds: ['Support/Triage', 'support/triage'],
      errors: [{ message: 'Prompt id "Support/Triage" differs only by case from "support/triage"; on macOS and Windows they are one file. Rename one of them.', line: 1, column: 1 }],
    },
  ],
});

testRule('whitespace', {
  valid: [
    prompt('hi'),
    'messages:\n  - role: user\n    content: |\n      a\n\n      b\n',
    { name: 'tabs YAML refuses, left to valid-yaml (one finding per tab)', code: 'messages:\n\t- role: user\n\t  content: hi\n' },
    { name: 'indented blank lines in block scalars', code: 'messages:\n  - role: user\n    content: >+\n      a\n      \n      b\n  \n  - role: system\n    content: |-\n      c\n    \n      d\n' },
  ],
  invalid: [
    {
      name: 'a blank line indented past its block scalar (the spaces are content)',
      code: 'messages:\n  - role: user\n    content: |\n      a\n         \n      b\n',
      errors: [{ message: 'Trailing whitespace (--fix removes it).', line: 5, column: 1 }],
      output: 'messages:\n  - role: user\n    content: |\n      a\n\n      b\n',
    },
    {
      name: 'tabs on many lines',
      code: 'messages:\n  - role: user\n    content: |\n      \ta\n      \tb\n',
      errors: [{ message: 'Tab in the indentation of 2 lines, the first here; indent with spaces (--fix replaces each tab with two spaces).', line: 4, column: 7 }],
      output: 'messages:\n  - role: user\n    content: |\n        a\n        b\n',
    },
    {
      name: 'one finding for many lines',
      code: 'name: a \ndescription: b\t\nmessages:\n  - role: user\n    content: |\n      x  \n      \n      y\n',
      errors: [{ message: 'Trailing whitespace on 3 lines, the first here (--fix removes it).', line: 1, column: 8 }],
      output: 'name: a\ndescription: b\nmessages:\n  - role: user\n    content: |\n      x\n      \n      y\n',
    },
    { name: 'trailing', code: 'messages:  \n  - role: user\n    content: hi\n', errors: [{ message: 'Trailing whitespace (--fix removes it).', line: 1, column: 10 }], output: 'messages:\n  - role: user\n    content: hi\n' },
    {
      name: 'crlf',
      code: 'messages:\r\n  - role: user\r\n    content: hi\r\n',
      errors: [{ message: 'The file uses CRLF line endings; use LF (--fix converts them).', line: 1, column: 10 }],
      output: 'messages:\n  - role: user\n    content: hi\n',
    },
    {
      name: 'tab',
      code: 'messages:\n  - role: user\n    content: |\n      a\n      \tb\n',
      errors: [{ message: 'Tab in indentation; indent with spaces (--fix replaces each tab with two spaces).', line: 5, column: 7 }],
      output: 'messages:\n  - role: user\n    content: |\n      a\n        b\n',
    },
  ],
});
