import { prompt, testRule } from '../rule-tester.js';

testRule('valid-yaml', {
  valid: [prompt('Hello')],
  invalid: [
    { name: 'duplicate key', code: 'description: a\ndescription: b\nmessages: []\n', errors: [{ message: 'Duplicate key "description" (first on line 1): a mapping holds each key once; remove one or rename it.', line: 2, column: 1 }] },
    { name: 'unclosed quote', code: 'messages:\n  - role: user\n    content: "unclosed\n', errors: [{ message: 'The double quote opened here is never closed, so YAML reads the rest of the file into this string; add the closing ".', line: 3, column: 14 }] },
    {
      name: 'tabs YAML refuses: one fixable error per line, no whitespace warning beside them',
      code: 'messages:\n\t- role: user\n\t  content: hi\n',
      errors: [
        { message: 'Tab in indentation, which YAML does not allow; indent with spaces (--fix replaces each tab with two spaces).', line: 2, column: 1 },
        { message: 'Tab in indentation, which YAML does not allow; indent with spaces (--fix replaces each tab with two spaces).', line: 3, column: 1 },
      ],
      output: 'messages:\n  - role: user\n    content: hi\n',
    },
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
