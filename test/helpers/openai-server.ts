import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach } from 'vitest';

/**
 * A local OpenAI-compatible chat-completions server for tests: real HTTP on 127.0.0.1 (never
 * another address), answers scripted per request, every request recorded. The provider code
 * and the built bin talk to it as they would to OpenAI, so no test reaches the network.
 */

/** What the server does with one request. Every kind but `hang` takes a `delayMs` before it answers. */
export type Script =
  /** A chat completion; sent as server-sent events when the request asks for `stream: true` (`chunks` splits the text). */
  | { text: string; chunks?: string[]; delayMs?: number }
  /** An error status with an OpenAI-shaped error body (or `body`), and headers such as `retry-after`. */
  | { status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number }
  /** A 200 whose body is not valid JSON (or, streaming, an event that is not). */
  | { malformed: true; delayMs?: number }
  /** No answer at all, not even headers, until the server is closed. */
  | { hang: true }
  /** Headers and the start of the body, then nothing until the server is closed. */
  | { stall: true; delayMs?: number };

export interface RecordedRequest {
  method: string;
  /** The path with its query, such as `/v1/chat/completions`. */
  path: string;
  /** As node parses them: lower-case names (`authorization`, `x-team`). */
  headers: IncomingHttpHeaders;
  /** The JSON body, parsed (undefined when the body is not JSON). */
  body: ChatBody | undefined;
  /** The body as it came. */
  raw: string;
}

/** The parts of a chat-completions body the server reads. */
export interface ChatBody {
  model?: string;
  messages?: { role: string; content: string }[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  [key: string]: unknown;
}

export type Answer = (request: RecordedRequest, index: number) => Script | Promise<Script>;

export interface ServerOptions {
  /** A queue of scripts (one per request, in order), or a function of the request. Default: echo the last user message. */
  answer?: Answer | Script[];
  /** Added before every answer (the bench's slow server). */
  delayMs?: number;
}

export interface OpenAIServer {
  /** The base URL to configure: `http://127.0.0.1:<port>/v1`. */
  url: string;
  /** Every request, in the order they came. */
  requests: RecordedRequest[];
  /** Resolves when at least `count` requests have come. */
  received(count: number): Promise<void>;
  /** Ends every open connection (hanging ones included) and stops the server. */
  close(): Promise<void>;
}

/** The last user message of a request: a handy key to answer by. */
export function lastUserMessage(request: RecordedRequest): string {
  const users = (request.body?.messages ?? []).filter((m) => m.role === 'user');
  return users[users.length - 1]?.content ?? '';
}

/** Answers by the last user message: the first entry whose key it contains, else `fallback`. */
export function byLastUser(answers: Record<string, Script | string>, fallback: Script = { status: 404 }): Answer {
  return (request) => {
    const message = lastUserMessage(request);
    const found = Object.keys(answers).find((key) => message.includes(key));
    if (found === undefined) return fallback;
    const script = answers[found]!;
    return typeof script === 'string' ? { text: script } : script;
  };
}

const open = new Set<OpenAIServer>();
afterEach(async () => {
  await Promise.all([...open].map((server) => server.close()));
});

/** Starts a server on 127.0.0.1 at a free port; it is closed after the test if the test does not. */
export async function startOpenAIServer(options: ServerOptions = {}): Promise<OpenAIServer> {
  const requests: RecordedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const answer = toAnswer(options.answer);

  const later = (ms: number, res: ServerResponse, then: () => void) => {
    if (ms <= 0) return then();
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!res.destroyed) then();
    }, ms);
    timers.add(timer);
  };

  const server = createServer((req, res) => {
    void read(req).then(async (raw) => {
      const request: RecordedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: parseBody(raw), raw };
      const index = requests.push(request) - 1;
      for (const waiter of waiters.filter((w) => requests.length >= w.count)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
      if (request.method !== 'POST' || !request.path.startsWith('/v1/chat/completions')) {
        return send(res, { status: 404, body: errorBody(`The test server answers POST /v1/chat/completions only, not ${request.method} ${request.path}.`) });
      }
      const script = await answer(request, index);
      if ('hang' in script) return;
      later((options.delayMs ?? 0) + (script.delayMs ?? 0), res, () => reply(res, script, request, index));
    }).catch((error: unknown) => {
      // A test's answer function that throws: say so in the reply, where the failing test shows it.
      if (!res.headersSent) send(res, { status: 599, body: errorBody(`The test's answer function threw: ${error instanceof Error ? error.message : String(error)}`) });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const handle: OpenAIServer = {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    received: (count) => (requests.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve }))),
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        open.delete(handle);
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
  open.add(handle);
  return handle;
}

function toAnswer(answer: ServerOptions['answer']): Answer {
  if (typeof answer === 'function') return answer;
  if (answer === undefined) return (request) => ({ text: lastUserMessage(request) });
  const queue = [...answer];
  return (_request, index) => queue.shift() ?? { status: 418, body: errorBody(`The test server has no scripted answer left for request ${index + 1}.`) };
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string): ChatBody | undefined {
  try {
    const body: unknown = JSON.parse(raw);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as ChatBody) : undefined;
  } catch {
    return undefined;
  }
}

function errorBody(message: string, type = 'invalid_request_error') {
  return { error: { message, type, param: null, code: null } };
}

function send(res: ServerResponse, { status, headers = {}, body }: { status: number; headers?: Record<string, string>; body: unknown }) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(text);
}

function reply(res: ServerResponse, script: Exclude<Script, { hang: true }>, request: RecordedRequest, index: number) {
  const streaming = request.body?.stream === true;
  const id = `chatcmpl-test-${index + 1}`;
  const model = request.body?.model ?? 'test-model';
  if ('status' in script) {
    const fallback = script.status === 429 ? errorBody('Rate limit reached (test server).', 'rate_limit_exceeded') : errorBody(`Test server error ${script.status}.`, 'server_error');
    return send(res, { status: script.status, headers: script.headers, body: script.body ?? fallback });
  }
  if ('malformed' in script) {
    if (!streaming) return send(res, { status: 200, body: `{"id":"${id}","object":"chat.completion","choices":[{"mess` });
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    return res.end(`data: {"id":"${id}","choices":[{"delta":{"content":"hel\n\n`);
  }
  if ('stall' in script) {
    // Headers and a first piece go out, then nothing: only a timeout of the whole reply notices.
    res.writeHead(200, { 'content-type': streaming ? 'text/event-stream' : 'application/json' });
    res.write(streaming ? sse(chunk(id, model, { role: 'assistant', content: '' })) : `{"id":"${id}",`);
    return;
  }
  if (!streaming) {
    const completion = {
      id,
      object: 'chat.completion',
      created: 0,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: script.text, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
    };
    return send(res, { status: 200, body: completion });
  }
  // The stream OpenAI sends: a role chunk, content chunks, a finish chunk, a usage chunk if asked, then [DONE].
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const pieces = script.chunks ?? script.text.match(/\s*\S+\s*/g) ?? [script.text];
  const events = [chunk(id, model, { role: 'assistant', content: '' }), ...pieces.map((piece) => chunk(id, model, { content: piece })), chunk(id, model, {}, 'stop')];
  if (request.body?.stream_options?.include_usage) events.push({ id, object: 'chat.completion.chunk', created: 0, model, choices: [], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } });
  res.end(`${events.map(sse).join('')}data: [DONE]\n\n`);
}

function chunk(id: string, model: string, delta: Record<string, string>, finish: string | null = null) {
  return { id, object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] };
}

function sse(event: unknown): string {
  return `data: ${JSON.stringify(event)}\n\n`;
}
