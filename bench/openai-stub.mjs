// A minimal OpenAI-compatible server on 127.0.0.1 for the eval benchmarks: every chat completion
// is answered with its last user message, after `delayMs`. Never listens on another address.
import { createServer } from 'node:http';

export async function startStub({ delayMs = 0 } = {}) {
  let requests = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests++;
      const parsed = JSON.parse(body);
      const users = parsed.messages.filter((m) => m.role === 'user');
      const content = users[users.length - 1]?.content ?? '';
      const reply = JSON.stringify({ id: `c${requests}`, object: 'chat.completion', created: 0, model: parsed.model, choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } });
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(reply), delayMs);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/v1`,
    get requests() {
      return requests;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
