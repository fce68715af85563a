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

  it('renders a missing partial as nothing', () => {
    const prompt = load('messages:\n  - role: user\n    content: "a{{> nope}}b"\n');
    expect(renderPrompt(prompt, {}).messages[0]!.content).toBe('ab');
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
