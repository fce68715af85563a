import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { byLastUser, startOpenAIServer, type OpenAIServer } from '../../helpers/openai-server.js';
import { GREET, evalCliAsync, evalRepo } from './fixture.js';

const KEY = 'sk-test-5ecret-Value-9f8e7d';
let server: OpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Every file under a folder, as text. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
}

describe('promptgit eval against an OpenAI-compatible server', () => {
  it('works with OPENAI_BASE_URL and OPENAI_API_KEY and no config, sending the body gh sent', async () => {
    server = await startOpenAIServer({ answer: byLastUser({ Ada: 'Hello Ada', Bob: 'Hello Bob' }) });
    const repo = evalRepo({ '.prompts/greet.yaml': GREET.replace('variables:', 'modelParameters:\n  maxTokens: 50\n  temperature: 0.2\nvariables:') });
    const r = await evalCliAsync(repo, ['--concurrency', '1'], { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Answers: 2 from the model.');
    expect(server.requests).toHaveLength(2);
    const first = server.requests[0]!;
    expect(first.path).toBe('/v1/chat/completions');
    expect(first.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(first.body).toEqual({ model: 'gpt-4o-mini', messages: [{ role: 'system', content: 'You greet people.' }, { role: 'user', content: 'Hello Ada' }], max_tokens: 50, temperature: 0.2 });
  });

  it('answers a second run from the cache, never caches errors, and honours --cache off|read-only', async () => {
    let fail = true;
    server = await startOpenAIServer({ answer: (req) => (fail && JSON.stringify(req.body).includes('Bob') ? { status: 400, body: { error: { message: 'bad request' } } } : byLastUser({ Ada: 'Hello Ada', Bob: 'Hello Bob' })(req, 0)) });
    const repo = evalRepo();
    const env = { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY };
    const failed = await evalCliAsync(repo, ['--concurrency', '1'], env);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain('error: The openai provider failed: HTTP 400');
    const cacheDir = path.join(repo.dir, '.promptgit/cache');
    // Ada's answer came back and is cached; Bob's error is not.
    expect(filesUnder(cacheDir)).toHaveLength(1);
    fail = false;
    const second = await evalCliAsync(repo, [], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Answers: 1 from the cache, 1 from the model.');
    const count = server.requests.length;
    const third = await evalCliAsync(repo, ['--cache', 'read-only'], env);
    expect(third.stdout).toContain('Answers: 2 from the cache.');
    expect(server.requests.length).toBe(count);
    await evalCliAsync(repo, ['--cache', 'off'], env);
    expect(server.requests.length).toBe(count + 2);
    // The cache never holds the key; git does not see it (init ignores .promptgit/, here git status shows it untracked only).
    for (const text of filesUnder(cacheDir)) expect(text).not.toContain(KEY);
  });

  it('a configured provider: apiKeyEnv, headers from the environment, a model map, streaming', async () => {
    server = await startOpenAIServer({ answer: byLastUser({ Ada: { text: 'Hello Ada', chunks: ['Hel', 'lo ', 'Ada'] }, Bob: { text: 'Hello Bob' } }) });
    const config = `eval:\n  provider: local\n  providers:\n    local:\n      baseUrl: ${server.url}\n      apiKeyEnv: LOCAL_KEY\n      headers:\n        X-Team: "\${TEAM_TOKEN}"\n      models:\n        openai/gpt-4o-mini: tiny-model\n      stream: true\n`;
    const repo = evalRepo({ '.prompts/_config.yaml': config });
    const missing = await evalCliAsync(repo, []);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('The local provider needs an API key and LOCAL_KEY is not set.');
    const r = await evalCliAsync(repo, [], { LOCAL_KEY: KEY, TEAM_TOKEN: 'team-token-1234' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(server.requests.map((q) => q.body?.model)).toEqual(['tiny-model', 'tiny-model']);
    expect(server.requests.every((q) => q.body?.stream === true && q.headers['x-team'] === 'team-token-1234')).toBe(true);
  });

  it('waits out a 429 with retry-after and says so; a 500 is retried with backoff', async () => {
    let calls = 0;
    server = await startOpenAIServer({ answer: () => (++calls === 1 ? { status: 429, headers: { 'retry-after': '0' } } : calls === 2 ? { status: 500 } : { text: 'Hello Ada' }) });
    const repo = evalRepo();
    const r = await evalCliAsync(repo, ['--filter', 'Ada', '--concurrency', '1'], { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Rate limited, waiting 0s before retry 1/3...');
    expect(r.stderr).toContain('before retry 2/3');
    expect(calls).toBe(3);
  });

  it('exit 3 after the retries, with the rows that finished reported', async () => {
    server = await startOpenAIServer({ answer: (req) => (JSON.stringify(req.body).includes('Bob') ? { status: 503 } : { text: 'Hello Ada' }) });
    const repo = evalRepo();
    const r = await evalCliAsync(repo, ['--concurrency', '1', '--json'], { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/error: The openai provider failed: HTTP 503.*\(after 3 retries\)/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout).testResults.map((t: { modelResponse: string }) => t.modelResponse)).toEqual(['Hello Ada']);
  }, 30_000);

  it('never prints, caches, records or reports the key, even when the server says it back', async () => {
    server = await startOpenAIServer({ answer: (req) => (JSON.stringify(req.body).includes('Bob') ? { status: 401, body: { error: { message: `Incorrect API key provided: ${KEY}` } } } : { text: `Hello Ada, your key is ${KEY}` }) });
    const repo = evalRepo();
    const env = { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY };
    const r = await evalCliAsync(repo, ['--concurrency', '1', '--record', '--debug', '--format', 'json', '--output-file', 'report.json'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Incorrect API key provided: ***');
    const everything = [r.stdout, r.stderr, ...filesUnder(path.join(repo.dir, '.promptgit')), ...filesUnder(path.join(repo.dir, '.prompts'))];
    for (const text of everything) expect(text).not.toContain(KEY);
    expect(filesUnder(path.join(repo.dir, '.promptgit/cache')).join('')).toContain('your key is ***');
  });

  it('keeps --concurrency rows in flight at most, and shares one call between identical requests', async () => {
    let inFlight = 0;
    let peak = 0;
    server = await startOpenAIServer({
      answer: async (req) => {
        peak = Math.max(peak, ++inFlight);
        await new Promise((r) => setTimeout(r, 150));
        inFlight--;
        return { text: String(req.body?.messages?.at(-1)?.content) };
      },
    });
    const rows = Array.from({ length: 10 }, (_, i) => `  - name: N${i}\n    expected: Hello N${i}\n`).join('');
    const repo = evalRepo({ '.prompts/greet.yaml': GREET.replace(/testData:\n[\s\S]*?evaluators:/, `testData:\n${rows}  - name: N0\n    expected: Hello N0\nevaluators:`) });
    const r = await evalCliAsync(repo, ['--concurrency', '3'], { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY });
    expect(r.code).toBe(0);
    expect(peak).toBe(3);
    expect(server.requests).toHaveLength(10);
    expect(r.stdout).toContain('Passed: 11/11');
  });

  it('Ctrl-C stops the run, prints what finished and exits 130', async () => {
    server = await startOpenAIServer({ answer: (req) => (JSON.stringify(req.body).includes('Bob') ? { hang: true } : { text: 'Hello Ada' }) });
    const repo = evalRepo();
    const r = await evalCliAsync(repo, ['--concurrency', '2'], { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY }, server.received(2).then(() => new Promise((res) => setTimeout(res, 300))));
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('Stopping: rows in flight are abandoned');
    expect(r.stdout).toContain('✓ row 1: name=Ada');
    expect(r.stdout).not.toContain('row 2');
    expect(r.stdout).toContain('Interrupted: rows that had not finished are not in this report.');
  });

  it('records against the server, then replays with the server gone', async () => {
    server = await startOpenAIServer({ answer: byLastUser({ Ada: 'Hello Ada', Bob: 'Hello Bob' }) });
    const repo = evalRepo();
    expect((await evalCliAsync(repo, ['--record'], { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: KEY })).code).toBe(0);
    await server.close();
    server = undefined;
    const replay = await evalCliAsync(repo, ['--replay']);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toContain('Answers: 2 from recordings.');
  });
});
