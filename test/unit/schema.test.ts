import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../src/core/parse.js';
import { promptSchema } from '../../src/core/schema.js';

/** The messages of a file's diagnostics, for compact assertions. */
function problems(text: string): string[] {
  return parsePrompt(text, 'p', '.prompts/p.yaml').diagnostics.map((d) => d.message);
}

const minimal = 'messages:\n  - role: user\n    content: hi\n';

describe('prompt schema', () => {
  it('accepts a GitHub Models .prompt.yml without variables', () => {
    const text = [
      'name: Summarizer',
      'description: Summarizes text',
      'model: openai/gpt-4o-mini',
      'modelParameters:',
      '  temperature: 0.5',
      'messages:',
      '  - role: system',
      '    content: You are a summarizer.',
      '  - role: user',
      '    content: "Summarize: {{input}}"',
      'testData:',
      '  - input: The sky is blue.',
      '    expected: Blue sky.',
      'evaluators:',
      '  - name: similarity',
      '    uses: github/similarity',
      '',
    ].join('\n');
    const parsed = parsePrompt(text, 'p', '.prompts/p.prompt.yml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.data?.messages[1]).toEqual({ role: 'user', content: 'Summarize: {{input}}' });
    expect(parsed.data?.variables).toBeUndefined();
  });

  it('accepts every field of the format', () => {
    const file = {
      name: 'Ticket triage',
      description: 'Classify a ticket',
      version: '1.2.0-beta.1+build.5',
      model: 'openai/gpt-4o-mini',
      modelParameters: { temperature: 0.2, maxTokens: 512, topP: 1, seed: 7 },
      responseFormat: 'json_schema',
      jsonSchema: '{"name": "triage", "schema": {"type": "object"}}',
      variables: {
        ticket: { type: 'string', description: 'Raw text' },
        tone: { type: 'string', enum: ['formal', 'casual'], default: 'formal' },
        max_items: { type: 'integer', default: 3 },
        ratio: { type: 'number', required: false },
        verbose: { type: 'boolean', default: false },
        items: { type: 'array', default: [] },
        user: { type: 'object', default: { name: 'a' } },
      },
      messages: [
        { role: 'system', content: 'x' },
        { role: 'developer', content: 'x' },
        { role: 'assistant', content: 'x', name: 'bot' },
        { role: 'user', content: '{{ticket}}' },
      ],
      testData: [{ ticket: 'late', expected: 'bug' }],
      evaluators: [{ name: 'e', string: { contains: 'bug' } }],
      tags: ['support'],
      metadata: { owner: 'support-team', nested: { a: 1 } },
    };
    const parsed = promptSchema.safeParse(file);
    expect(parsed.error?.issues).toBeUndefined();
    // modelParameters keeps keys it does not know, as-is.
    expect(parsed.data?.modelParameters).toEqual({ temperature: 0.2, maxTokens: 512, topP: 1, seed: 7 });
  });

  it('defaults a variable type to string', () => {
    expect(promptSchema.parse({ variables: { a: {} }, messages: [{ role: 'user', content: '{{a}}' }] }).variables?.a?.type).toBe('string');
  });

  it('refuses an unknown top-level key and suggests the nearest', () => {
    expect(problems(`desciption: x\n${minimal}`)).toEqual(['Unknown field "desciption" (extension fields start with "x-"). Did you mean "description"?']);
  });

  it.each(['gpt-4o', 'gpt-4.1', 'auto', 'qwen2.5-coder:7b', 'openai/gpt-4o-mini'])('accepts the model name %s as GitHub Models do', (model) => {
    expect(problems(`model: ${model}\n${minimal}`)).toEqual([]);
  });

  it('keeps a file with an ignored top-level key valid, with a warning that does not hide the fields', () => {
    const parsed = parsePrompt(`temperature: 0.7\nmodel: gpt-4o\n${minimal}`, 'p', '.prompts/p.yaml');
    expect(parsed.diagnostics.map((d) => [d.severity, d.line])).toEqual([['warn', 1]]);
    expect(parsed.data?.model).toBe('gpt-4o');
  });

  it('makes a file with a likely typo of a field invalid', () => {
    expect(parsePrompt(`desciption: x\n${minimal}`, 'p', '.prompts/p.yaml').data).toBeUndefined();
  });

  it('allows x- extension keys', () => {
    expect(problems(`x-owner: team\nx-review: { by: me }\n${minimal}`)).toEqual([]);
  });

  it.each([
    ['a bad role', 'messages:\n  - role: robot\n    content: hi\n', '"messages[0].role" must be one of system, user, assistant, developer, not "robot".'],
    ['an empty model', `model: " "\n${minimal}`, '"model": must name a model, for example openai/gpt-4o-mini.'],
    ['a version that is not semver', `version: "1.2"\n${minimal}`, '"version": must be a semantic version such as 1.2.0.'],
    ['a version written as a number', `version: 1.2\n${minimal}`, '"version" must be a string, not number 1.2.'],
    ['a variable name starting with a digit', `variables:\n  1st: {}\n${minimal}`, '"variables.1st" is not a valid name: a variable name is letters, digits and "_", not starting with a digit.'],
    ['a variable name with a dash', `variables:\n  first-name: {}\n${minimal}`, '"variables.first-name" is not a valid name: a variable name is letters, digits and "_", not starting with a digit.'],
    ['a default of the wrong type', `variables:\n  n: { type: integer, default: "3" }\n${minimal}`, '"variables.n.default": the default is not of type integer.'],
    ['a default outside the enum', `variables:\n  t: { enum: [a, b], default: c }\n${minimal}`, '"variables.t.default": the default is not one of the enum values.'],
    ['an enum value of the wrong type', `variables:\n  t: { type: string, enum: [a, 1] }\n${minimal}`, '"variables.t.enum[1]": enum value 1 is not of type string.'],
    ['an empty enum', `variables:\n  t: { enum: [] }\n${minimal}`, '"variables.t.enum": Too small: expected array to have >=1 items.'],
    ['an unknown variable type', `variables:\n  t: { type: strng }\n${minimal}`, '"variables.t.type" must be one of string, number, integer, boolean, array, object, not "strng". Did you mean "string"?'],
    ['a misspelt variable key', `variables:\n  t: { descripton: x }\n${minimal}`, 'Unknown field "variables.t.descripton". Did you mean "description"?'],
    ['a message without content', 'messages:\n  - role: user\n', '"messages[0].content" is required.'],
    ['no messages', 'name: x\n', '"messages" is required.'],
    ['an empty message list', 'messages: []\n', '"messages": a prompt needs at least one message.'],
    ['a bad responseFormat', `responseFormat: json\n${minimal}`, '"responseFormat" must be one of text, json_object, json_schema, not "json".'],
  ])('refuses %s', (_, text, message) => {
    expect(problems(text)).toEqual([message]);
  });
});

describe('responseFormat and jsonSchema', () => {
  // A missing or broken jsonSchema is the lint rule model-parameters' finding, not a schema error.
  it('leaves json_schema without jsonSchema to the lint rule', () => {
    expect(problems(`responseFormat: json_schema\n${minimal}`)).toEqual([]);
  });
});
