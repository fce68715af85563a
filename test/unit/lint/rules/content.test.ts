import { prompt, testRule } from '../rule-tester.js';

const key = (k: string) => prompt(`Use ${k} please`);
const masked = (kind: string, m: string) => `Possible ${kind} (${m}) in the prompt; remove it, rotate it, and pass it at runtime instead.`;

testRule('no-secrets', {
  valid: [prompt('Ask for the sk- prefix of the key, never the key'), prompt('Use the AKIA prefix'), prompt('See https://example.com/docs?page=2')],
  invalid: [
    { name: 'openai', code: key('sk-proj-abcdefghijklmnopqrstuvwx'), errors: [{ message: masked('OpenAI API key', 'sk-p************'), line: 3, column: 19 }] },
    { name: 'anthropic', code: key('sk-ant-api03-abcdefghijklmnopqrstuvwx'), errors: [{ message: masked('Anthropic API key', 'sk-a************'), line: 3, column: 19 }] },
    { name: 'aws', code: key('AKIAIOSFODNN7EXAMPLE'), errors: [{ message: masked('AWS access key id', 'AKIA************'), line: 3, column: 19 }] },
    { name: 'github', code: key('ghp_abcdefghijklmnopqrstuvwxyz0123456789'), errors: [{ message: masked('GitHub token', 'ghp_************'), line: 3, column: 19 }] },
    { name: 'slack', code: key('xoxb-123456789012-abcdefghij'), errors: [{ message: masked('Slack token', 'xoxb************'), line: 3, column: 19 }] },
    { name: 'google', code: key('AIzaSyA1234567890abcdefghijklmnopqrstuv'), errors: [{ message: masked('Google API key', 'AIza************'), line: 3, column: 19 }] },
    { name: 'stripe', code: key('sk_live_abcdefghijklmnop1234'), errors: [{ message: masked('Stripe key', 'sk_l************'), line: 3, column: 19 }] },
    { name: 'private key', code: 'description: |\n  -----BEGIN RSA PRIVATE KEY-----\n  MIIE\nmessages:\n  - role: user\n    content: hi\n', errors: [{ message: masked('private key', '----************'), line: 2, column: 3 }] },
    { name: 'token in url', code: key('https://api.example.com/v1?access_token=abcdefghijklmnop1234'), errors: [{ message: masked('token in a URL', '?acc************'), line: 3, column: 45 }] },
    { name: 'password in url', code: key('postgres://admin:hunter22@db.local/app'), errors: [{ message: masked('password in a URL', 'post************'), line: 3, column: 19 }] },
    { name: 'in metadata', code: `metadata:\n  key: sk-proj-abcdefghijklmnopqrstuvwx\n${prompt('hi')}`, errors: [{ message: masked('OpenAI API key', 'sk-p************'), line: 2, column: 8 }] },
  ],
});

testRule('model-parameters', {
  valid: [prompt('hi', 'modelParameters:\n  temperature: 2\n  topP: 0\n  maxTokens: 10\n'), prompt('hi', `responseFormat: json_schema\njsonSchema: '{"name": "x", "schema": {"type": "object"}}'\n`)],
  invalid: [
    { name: 'temperature', code: prompt('hi', 'modelParameters:\n  temperature: 2.5\n'), errors: [{ message: 'temperature is 2.5; it must be between 0 and 2.', line: 2, column: 16 }] },
    { name: 'topP', code: prompt('hi', 'modelParameters:\n  topP: -0.1\n'), errors: [{ message: 'topP is -0.1; it must be between 0 and 1.', line: 2, column: 9 }] },
    { name: 'maxTokens', code: prompt('hi', 'modelParameters:\n  maxTokens: 1.5\n'), errors: [{ message: 'maxTokens is 1.5; it must be a positive integer.', line: 2, column: 14 }] },
    { name: 'no jsonSchema', code: prompt('hi', 'responseFormat: json_schema\n'), errors: [{ message: 'responseFormat json_schema needs a jsonSchema field: a JSON string with "name" and "schema".', line: 1, column: 17 }] },
    {
      name: 'max_tokens and top_p, renamed by --fix',
      code: prompt('hi', 'modelParameters:\n  max_tokens: 100 # cap\n  top_p: 0.9\n'),
      errors: [
        { message: 'modelParameters.max_tokens is not read; runners read "maxTokens" (--fix renames it).', line: 2, column: 3, severity: 'warn' },
        { message: 'modelParameters.top_p is not read; runners read "topP" (--fix renames it).', line: 3, column: 3, severity: 'warn' },
      ],
      output: prompt('hi', 'modelParameters:\n  maxTokens: 100 # cap\n  topP: 0.9\n'),
    },
    {
      name: 'an alias next to the key that is read is not renamed',
      code: prompt('hi', 'modelParameters:\n  maxTokens: 10\n  max_tokens: 100\n'),
      errors: [{ message: 'modelParameters.max_tokens is not read; runners read "maxTokens".', line: 3, column: 3, severity: 'warn' }],
      output: prompt('hi', 'modelParameters:\n  maxTokens: 10\n  max_tokens: 100\n'),
    },
    {
      name: 'keys no runner reads',
      code: prompt('hi', 'modelParameters:\n  maxCompletionTokens: 10\n  seed: 1\n'),
      errors: [
        { message: 'modelParameters.maxCompletionTokens is not read; runners read "maxTokens".', line: 2, column: 3, severity: 'warn' },
        { message: 'modelParameters.seed is not read; runners read only maxTokens, temperature and topP.', line: 3, column: 3, severity: 'warn' },
      ],
    },
    { name: 'jsonSchema without name', code: prompt('hi', `responseFormat: json_schema\njsonSchema: '{"schema": {}}'\n`), errors: [{ message: 'jsonSchema is missing a "name" string; it must be a JSON string with "name" and "schema".', line: 2, column: 13 }] },
  ],
});

const chat = (...messages: [string, string][]) => `messages:\n${messages.map(([r, c]) => `  - role: ${r}\n    content: ${JSON.stringify(c)}\n`).join('')}`;

testRule('message-roles', {
  valid: [chat(['system', 'a'], ['user', 'b']), chat(['developer', 'a'], ['user', 'b'], ['assistant', 'c'], ['user', 'd']), { code: chat(['user', 'a'], ['assistant', '{']), options: { allowPrefill: true } }],
  invalid: [
    { name: 'system not first', code: chat(['user', 'a'], ['system', 'b']), errors: [{ message: 'The system message should be the first message; models read instructions at the start.', line: 4, column: 11 }] },
    { name: 'two systems', code: chat(['system', 'a'], ['system', 'b'], ['user', 'c']), errors: [{ message: 'Only one system message is expected; merge it into the first one.', line: 4, column: 11 }] },
    { name: 'empty', code: chat(['user', '  ']), errors: [{ message: 'Message 0 has empty content; write it or remove the message.', line: 3, column: 14 }] },
    {
      name: 'trailing assistant',
      code: chat(['user', 'a'], ['assistant', 'b']),
      errors: [{ message: 'The last message is from the assistant, so the model has nothing to answer; end with a user message, or set allowPrefill to prefill the reply.', line: 4, column: 11 }],
    },
  ],
});
