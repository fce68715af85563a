import { prompt, testRule } from '../rule-tester.js';

testRule('valid-yaml', {
  valid: [prompt('Hello')],
  invalid: [
    { name: 'duplicate key', code: 'description: a\ndescription: b\nmessages: []\n', errors: [{ message: 'YAML: Map keys must be unique', line: 2, column: 1 }] },
    { name: 'syntax', code: 'messages:\n  - role: user\n    content: "unclosed\n', errors: [{ message: 'YAML: Missing closing "quote', line: 4, column: 1 }] },
  ],
});

testRule('valid-schema', {
  valid: [prompt('Hello', 'description: fine\nx-team: search\n')],
  invalid: [
    { name: 'a model setting at the top level', code: prompt('Hi', 'model: gpt-4o\ntemperature: 0.7\n'), errors: [{ message: 'Field "temperature" has no effect at the top level; move it to "modelParameters.temperature".', line: 2, column: 1, severity: 'warn' }] },
    { name: 'max_tokens at the top level', code: prompt('Hi', 'max_tokens: 10\n'), errors: [{ message: 'Field "max_tokens" has no effect at the top level; move it to "modelParameters.maxTokens".', line: 1, column: 1, severity: 'warn' }] },
    { name: 'a key nothing reads', code: prompt('Hi', 'owner: me\n'), errors: [{ message: 'Unknown field "owner" is ignored; rename it "x-owner" if another tool reads it.', line: 1, column: 1, severity: 'warn' }] },
    { name: 'unknown key with suggestion', code: prompt('Hi', 'descripton: x\n'), errors: [{ message: 'Unknown field "descripton" (extension fields start with "x-"). Did you mean "description"?', line: 1, column: 1, severity: 'error' }] },
    { name: 'bad role', code: 'messages:\n  - role: usr\n    content: hi\n', errors: [{ message: '"messages[0].role" must be one of system, user, assistant, developer, not "usr". Did you mean "user"?', line: 2, column: 11 }] },
    { name: 'no messages', code: 'description: x\n', errors: [{ message: '"messages" is required.', line: 1, column: 1 }] },
  ],
});
