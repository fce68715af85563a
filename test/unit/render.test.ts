import { describe, expect, it } from 'vitest';
import { ProblemsError } from '../../src/errors.js';
import { parsePrompt } from '../../src/core/parse.js';
import { renderPrompt } from '../../src/core/render.js';

function load(text: string) {
  const prompt = parsePrompt(text, 'p', '.prompts/p.yaml');
  if (!prompt.data) throw new Error(JSON.stringify(prompt.diagnostics));
  return { ...prompt, data: prompt.data };
}

function thrown(fn: () => unknown): ProblemsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProblemsError) return error;
    throw error;
  }
  throw new Error('expected a ProblemsError');
}

const chat = load(
  [
    'model: openai/gpt-4o-mini',
    'modelParameters: { temperature: 0.2 }',
    'variables:',
    '  ticket: {}',
    '  tone: { enum: [formal, casual], default: formal }',
    'messages:',
    '  - role: system',
    '    content: Reply in a {{tone}} tone.',
    '  - role: user',
    '    content: "{{ticket}}"',
    '',
  ].join('\n'),
);

describe('renderPrompt', () => {
  it('carries responseFormat with the parsed jsonSchema, and the chat-completions response_format', () => {
    const schema = { name: 'animal', strict: true, schema: { type: 'object' } };
    const prompt = load(`model: gpt-4o\nresponseFormat: json_schema\njsonSchema: |-\n  ${JSON.stringify(schema)}\nmessages:\n  - role: user\n    content: hi\n`);
    expect(renderPrompt(prompt, {})).toEqual({
      model: 'gpt-4o',
      responseFormat: 'json_schema',
      jsonSchema: schema,
      response_format: { type: 'json_schema', json_schema: schema },
      messages: [{ role: 'user', content: 'hi' }],
    });
  });

  it('gives json_object in the chat-completions shape too', () => {
    const prompt = load('responseFormat: json_object\nmessages:\n  - role: user\n    content: hi\n');
    expect(renderPrompt(prompt, {})).toMatchObject({ responseFormat: 'json_object', response_format: { type: 'json_object' } });
  });

  it('refuses a json_schema prompt whose jsonSchema is not JSON, at its line', () => {
    const prompt = load("responseFormat: json_schema\njsonSchema: '{nope'\nmessages:\n  - role: user\n    content: hi\n");
    const error = thrown(() => renderPrompt(prompt, {}));
    expect(error.message).toBe('Cannot render .prompts/p.yaml: responseFormat is json_schema but its jsonSchema cannot be sent.');
    expect(error.problems.map((p) => [p.line, p.message.split(' (')[0]])).toEqual([[2, 'jsonSchema is not valid JSON']]);
  });

  it('renders the messages with defaults, ready for a chat-completions call', () => {
    expect(renderPrompt(chat, { ticket: 'Late' })).toEqual({
      model: 'openai/gpt-4o-mini',
      modelParameters: { temperature: 0.2 },
      messages: [
        { role: 'system', content: 'Reply in a formal tone.' },
        { role: 'user', content: 'Late' },
      ],
    });
  });

  it('does not HTML-escape values, in double or triple braces', () => {
    const prompt = load('messages:\n  - role: user\n    content: "{{a}} | {{{a}}} | {{&a}}"\n');
    expect(renderPrompt(prompt, { a: `<b> & "q" 'x'` }).messages[0]!.content).toBe(`<b> & "q" 'x' | <b> & "q" 'x' | <b> & "q" 'x'`);
  });

  it('renders sections over arrays and dotted names of objects', () => {
    const prompt = load(
      'variables:\n  items: { type: array }\n  user: { type: object }\nmessages:\n  - role: user\n    content: "{{user.name}}:{{#items}} {{.}}{{/items}}{{^items}} none{{/items}}"\n',
    );
    expect(renderPrompt(prompt, { items: ['a', 'b'], user: { name: 'Ann' } }).messages[0]!.content).toBe('Ann: a b');
    expect(renderPrompt(prompt, { items: [], user: { name: 'Ann' } }).messages[0]!.content).toBe('Ann: none');
  });

  it('includes partials, whose variables join the inferred contract', () => {
    const prompt = load('messages:\n  - role: user\n    content: "{{> greet}}!"\n');
    const partials = new Map([['greet', 'Hello {{who}}']]);
    expect(renderPrompt(prompt, { who: 'Bo' }, { partials }).messages[0]!.content).toBe('Hello Bo!');
    expect(thrown(() => renderPrompt(prompt, {}, { partials })).problems).toEqual([{ message: 'Missing required variable "who".' }]);
  });

  it('fills a variable used only in a partial, through nested partials, when the contract is inferred', () => {
    const prompt = load('messages:\n  - role: user\n    content: "{{> body}}"\n');
    const partials = new Map([
      ['body', 'Hi. {{> sig}}'],
      ['sig', 'Sign off as {{agent}}.'],
    ]);
    expect(renderPrompt(prompt, { agent: 'Ann' }, { partials }).messages[0]!.content).toBe('Hi. Sign off as Ann.');
  });

  it('fills a declared variable used only in a partial', () => {
    const prompt = load('variables:\n  agent: {}\nmessages:\n  - role: user\n    content: "{{> sig}}"\n');
    expect(renderPrompt(prompt, { agent: 'Ann' }, { partials: new Map([['sig', 'Sign off as {{agent}}.']]) }).messages[0]!.content).toBe('Sign off as Ann.');
  });

  it('keeps the fields of a section, in the template or a partial it includes there, out of the contract', () => {
    const prompt = load('variables:\n  items: { type: array }\nmessages:\n  - role: user\n    content: "{{#items}}{{title}} {{> row}}{{/items}}"\n');
    const partials = new Map([['row', '({{id}})']]);
    expect(renderPrompt(prompt, { items: [{ title: 'a', id: 1 }] }, { partials }).messages[0]!.content).toBe('a (1)');
  });

  const declared = 'variables:\n  ticket: {}\nmessages:\n';
  it.each([
    [
      'an undeclared variable',
      `${declared}  - role: user\n    content: "{{ticket}} {{tickt}}"\n`,
      {},
      'Cannot render .prompts/p.yaml: its templates use an undeclared variable.',
      [{ line: 5, column: 26, message: '"tickt" is used in messages[0].content but not declared in variables. Did you mean "ticket"?' }],
    ],
    [
      'a variable used only in a partial, named once with each place',
      `${declared}  - role: system\n    content: "{{> sig}} {{agent}}"\n  - role: user\n    content: "{{ticket}} {{> sig}}"\n`,
      { sig: 'Sign off as {{agent}}, {{agent}}.' },
      'Cannot render .prompts/p.yaml: its templates use an undeclared variable.',
      [{ line: 5, column: 15, message: '"agent" is used in partial "sig" and messages[0].content but not declared in variables.' }],
    ],
    [
      'a missing partial, with an inferred contract too',
      'messages:\n  - role: user\n    content: "a{{> nope}}b"\n',
      {},
      'Cannot render .prompts/p.yaml: its templates use a missing partial.',
      [{ line: 3, column: 16, message: 'Partial "nope" (included by messages[0].content) does not exist: there is no .prompts/_partials/nope.md.' }],
    ],
    [
      'a missing partial a partial includes',
      'messages:\n  - role: user\n    content: "{{> a}}"\n',
      { a: 'A {{> b}}' },
      'Cannot render .prompts/p.yaml: its templates use a missing partial.',
      [{ line: 3, column: 15, message: 'Partial "b" (included by partial "a") does not exist: there is no .prompts/_partials/b.md.' }],
    ],
    [
      'an invalid partial name, even one the map has',
      'messages:\n  - role: user\n    content: "{{> ../secret}}"\n',
      { '../secret': 'leak' },
      'Cannot render .prompts/p.yaml: its templates use an invalid partial name.',
      [{ line: 3, column: 15, message: '"../secret" (included by messages[0].content) is not a valid partial name: "." and ".." segments would lead out of .prompts/_partials/.' }],
    ],
    [
      'all of them at once, in reading order',
      `${declared}  - role: user\n    content: "{{> /etc/passwd}} {{x}} {{> gone}} {{y}} {{x}}"\n`,
      {},
      'Cannot render .prompts/p.yaml: its templates use 2 undeclared variables, a missing partial and an invalid partial name.',
      [
        { line: 5, column: 15, message: '"/etc/passwd" (included by messages[0].content) is not a valid partial name: it is an absolute path; a partial is named by its path under .prompts/_partials/ without ".md".' },
        { line: 5, column: 33, message: '"x" is used in messages[0].content but not declared in variables.' },
        { line: 5, column: 39, message: 'Partial "gone" (included by messages[0].content) does not exist: there is no .prompts/_partials/gone.md.' },
        { line: 5, column: 50, message: '"y" is used in messages[0].content but not declared in variables.' },
      ],
    ],
  ])('refuses %s, whatever the values', (_, text, partials, heading, problems) => {
    const error = thrown(() => renderPrompt(load(text), { ticket: 'x' }, { partials: new Map(Object.entries(partials)) }));
    expect(error.message).toBe(heading);
    expect(error.hint).toMatch(/^[A-Z].*\. "promptgit lint" points at each one\.$/);
    expect(error.problems).toEqual(problems.map((p) => ({ file: '.prompts/p.yaml', ...p })));
  });

  it.each([
    ['{{x}}', 'Declare each variable under variables: or remove it from the template. "promptgit lint" points at each one.'],
    ['{{> gone}}', 'Create each missing partial in .prompts/_partials/ or fix its name. "promptgit lint" points at each one.'],
    ['{{> ../x}} {{x}}', 'Declare each variable under variables: or remove it from the template; name a partial by its path under .prompts/_partials/, without ".md". "promptgit lint" points at each one.'],
  ])('hints at what fixes %j, and never at creating a file outside .prompts/_partials/', (content, hint) => {
    const error = thrown(() => renderPrompt(load(`${declared}  - role: user\n    content: "${content}"\n`), { ticket: 'x' }));
    expect(error.hint).toBe(hint);
  });

  it('refuses a partial that does not parse, at its include, before checking the values', () => {
    const prompt = load('messages:\n  - role: user\n    content: "Hi {{> bad}}"\n');
    const error = thrown(() => renderPrompt(prompt, { extra: 1 }, { partials: new Map([['bad', '{{#open}}']]) }));
    expect(error.message).toBe('Cannot render .prompts/p.yaml: its template is invalid.');
    expect(error.problems).toEqual([{ file: '.prompts/p.yaml', line: 3, column: 18, message: 'Unclosed section "open" in partial "bad" in messages[0].content.' }]);
  });

  it('refuses partials that include each other', () => {
    const prompt = load('messages:\n  - role: user\n    content: "{{> a}}"\n');
    const partials = new Map([
      ['a', 'A {{> b}}'],
      ['b', 'B {{> a}}'],
    ]);
    const error = thrown(() => renderPrompt(prompt, {}, { partials }));
    expect(error.message).toBe('Cannot render .prompts/p.yaml: its template is invalid.');
    expect(error.problems[0]!.message).toBe('Partials include each other in a cycle (a -> b -> a) in messages[0].content.');
  });

  it('reports every contract problem at once', () => {
    const error = thrown(() => renderPrompt(chat, { tone: 'rude', extra: 'x' }));
    expect(error.message).toBe('Cannot render .prompts/p.yaml: 3 variables are wrong.');
    expect(error.problems.map((p) => p.message)).toEqual([
      'Variable "tone" must be one of "formal", "casual", not "rude".',
      'Unknown variable "extra": the prompt takes "ticket", "tone".',
      'Missing required variable "ticket".',
    ]);
  });

  it('points at the broken tag of a template with its file line', () => {
    const prompt = load('messages:\n  - role: system\n    content: ok\n  - role: user\n    content: |\n      Hi\n      {{#open}} x {{/shut}}\n');
    const error = thrown(() => renderPrompt(prompt, { open: 'y', shut: 'z' }));
    expect(error.problems).toEqual([{ file: '.prompts/p.yaml', line: 7, column: 19, message: 'Unclosed section "open" in messages[1].content.' }]);
  });

  it('reports a section left open at the very end of a template', () => {
    const prompt = load('messages:\n  - role: user\n    content: "{{#open}} x"\n');
    const error = thrown(() => renderPrompt(prompt, { open: 'y' }));
    expect(error.problems).toEqual([{ file: '.prompts/p.yaml', line: 3, column: 14, message: 'Unclosed section "open" in messages[0].content.' }]);
  });
});
