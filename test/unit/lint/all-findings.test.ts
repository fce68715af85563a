import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/core/config.js';
import { parsePrompt } from '../../../src/core/parse.js';
import { resolveRuleSettings } from '../../../src/lint/config.js';
import { lintPrompt, prepareRules } from '../../../src/lint/engine.js';

async function lint(text: string) {
  const settings = resolveRuleSettings(configSchema.parse({}));
  await prepareRules(settings);
  const result = lintPrompt(parsePrompt(text, 'p', '.prompts/p.yaml'), { settings, partials: new Map(), allIds: ['p'] });
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
}

// One schema error must not hide what the rules find in the other fields, as a compiler goes on.
describe('every finding in one pass', () => {
  it('a bad model does not hide the modelParameters, roles, variables and testData findings', async () => {
    const text = [
      'model: 42',
      'modelParameters:',
      '  temperature: 5',
      '  topP: -1',
      '  maxTokens: 1.5',
      '  frequencyPenalty: 0',
      'variables:',
      '  name: {}',
      '  spare: {}',
      'messages:',
      '  - role: user',
      '    content: "Hi {{nme}}"',
      '  - role: system',
      '    content: " "',
      'testData:',
      '  - { name: x, other: 1 }',
      '',
    ].join('\n');
    expect(await lint(text)).toEqual([
      '1:1 require-description: The prompt has no description; add a one-line "description:" saying what it is for.',
      '1:8 valid-schema: "model" must be a string, not number 42.',
      '3:16 model-parameters: temperature is 5; it must be between 0 and 2.',
      '4:9 model-parameters: topP is -1; it must be between 0 and 1.',
      '5:14 model-parameters: maxTokens is 1.5; it must be a positive integer.',
      '6:3 model-parameters: modelParameters.frequencyPenalty is not read; runners read only maxTokens, temperature and topP.',
      '8:3 unused-variable: Variable "name" is declared but no template uses it; use it or remove its declaration.',
      '9:3 unused-variable: Variable "spare" is declared but no template uses it; use it or remove its declaration.',
      '12:18 undefined-variable: "nme" is used but not declared in variables. Did you mean "name"?',
      '13:11 message-roles: The system message should be the first message; models read instructions at the start.',
      '14:14 message-roles: Message 1 has empty content; write it or remove the message.',
      '16:5 test-data: testData[0] is missing the required variable "spare".',
      '16:16 test-data: testData[0] sets "other", which neither the template nor an evaluator reads.',
    ]);
  });

  it('a bad parameter does not hide the range of another; an invalid field is not taken as missing', async () => {
    const text = 'description: 7\nmodelParameters:\n  temperature: hot\n  topP: 3\nmessages:\n  - role: user\n    content: hi\n';
    expect(await lint(text)).toEqual([
      '1:14 valid-schema: "description" must be a string, not number 7.',
      '3:16 valid-schema: "modelParameters.temperature" must be a number, not string "hot".',
      '4:9 model-parameters: topP is 3; it must be between 0 and 1.',
    ]);
  });

  it('an invalid variables field leaves the variable rules silent rather than guessing', async () => {
    const text = 'description: d\nvariables: [a]\nmessages:\n  - role: user\n    content: "{{b}}"\ntestData:\n  - { c: 1 }\n';
    expect(await lint(text)).toEqual(['2:12 valid-schema: "variables" must be a record, not a list.']);
  });
});
