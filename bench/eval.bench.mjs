// promptgit eval (issue 14), each figure a ratio against a baseline in the same run:
// - 1,000 rows (100 prompts x 10 rows) all answered from the cache, against a floor that renders
//   every row and reads every cache file (bench/eval-floor.mjs), both spawned;
// - 200 rows against the local server answering each request after 100 ms, --concurrency 8,
//   against the ideal 200 / 8 x 100 ms = 2.5 s;
// - the peak memory of 10,000 cached rows;
// - promptfoo 0.123 on the same 1,000 rows (one prompt, a contains check), when it is installed
//   in bench/.promptfoo (see bench/README.md); skipped with a message otherwise.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { git } from './corpus.mjs';
import { median, ratioLine } from './measure.mjs';
import { startStub } from './openai-stub.mjs';
import { promptfooLines } from './promptfoo-eval.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const FLOOR = fileURLToPath(new URL('./eval-floor.mjs', import.meta.url));
const PEAK = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));

/** A prompt with `rows` testData rows and one contains check that every echoed reply passes. */
export function evalPrompt(i, rows) {
  const data = Array.from({ length: rows }, (_, r) => `  - ticket: "Order ${i}-${r} arrived broken, refund please"\n    word: "${i}-${r}"\n`).join('');
  return `name: Eval ${i}\nmodel: openai/gpt-4o-mini\nvariables:\n  ticket: { type: string }\nmessages:\n  - role: system\n    content: You triage support tickets.\n  - role: user\n    content: "Ticket: {{ticket}}"\ntestData:\n${data}evaluators:\n  - name: mentions\n    string:\n      contains: "{{word}}"\n`;
}

export function evalRepo(prompts, rows) {
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgit-eval-bench-'));
  git(dir, ['init', '-q', '-b', 'main']);
  for (let i = 0; i < prompts; i++) {
    const file = path.join(dir, `.prompts/suite-${i % 10}/eval-${i}.yaml`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, evalPrompt(i, rows));
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Spawns without blocking this process, whose stub server must answer. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ stdout, stderr }) : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`))));
  });
}

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Interleaved runs of several async cases; medians in ms. */
async function interleaved(cases, runs, warmup = 1) {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let r = 0; r < warmup + runs; r++) for (const [k, fn] of Object.entries(cases)) {
    const t = await timed(fn);
    if (r >= warmup) times[k].push(t);
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

const envFor = (url) => ({ ...process.env, OPENAI_BASE_URL: url, OPENAI_API_KEY: 'sk-bench', NO_COLOR: '1' });

async function cached(stub) {
  const repo = evalRepo(100, 10);
  try {
    const env = envFor(stub.url);
    const warm = await run(process.execPath, [BIN, 'eval', '--concurrency', '16', '--quiet'], { cwd: repo.dir, env });
    if (!warm.stdout.includes('Total: 1000/1000')) throw new Error(`the warm-up run did not pass 1000 rows: ${warm.stdout.slice(-300)}`);
    const before = stub.requests;
    const t = await interleaved(
      {
        floor: () => run(process.execPath, [FLOOR, repo.dir]),
        promptgit: async () => {
          const r = await run(process.execPath, [BIN, 'eval', '--cache', 'read-only', '--quiet'], { cwd: repo.dir, env });
          if (!r.stdout.includes('Answers: 1000 from the cache.')) throw new Error('not every answer came from the cache');
        },
      },
      7,
    );
    if (stub.requests !== before) throw new Error('a cached run called the server');
    return ratioLine('1,000 rows (100 prompts x 10) from the cache vs render + read every cache file', t.promptgit, t.floor, 2);
  } finally {
    repo.cleanup();
  }
}

async function slowServer() {
  const stub = await startStub({ delayMs: 100 });
  const repo = evalRepo(20, 10);
  try {
    const env = envFor(stub.url);
    const times = [];
    for (let i = 0; i < 3; i++) times.push(await timed(() => run(process.execPath, [BIN, 'eval', '--cache', 'off', '--concurrency', '8', '--quiet'], { cwd: repo.dir, env })));
    if (stub.requests !== 600) throw new Error(`expected 600 requests, the server had ${stub.requests}`);
    return ratioLine('200 rows, server answering after 100 ms, --concurrency 8, vs the ideal', median(times), 2500, 1.3);
  } finally {
    repo.cleanup();
    await stub.close();
  }
}

async function memory(stub) {
  const repo = evalRepo(1000, 10);
  try {
    const env = envFor(stub.url);
    await run(process.execPath, [BIN, 'eval', '--concurrency', '16', '--quiet'], { cwd: repo.dir, env });
    const r = await run(process.execPath, [PEAK, 'eval', '--cache', 'read-only', '--quiet'], { cwd: repo.dir, env });
    if (!r.stdout.includes('Answers: 10000 from the cache.')) throw new Error('not every answer came from the cache');
    const mb = Number(/peak-rss-kb (\d+)/.exec(r.stderr)[1]) / 1024;
    return `10,000 cached rows (1,000 prompts x 10): peak RSS ${mb.toFixed(0)} MB (target < 300 MB) ${mb < 300 ? 'ok' : 'OVER TARGET'}`;
  } finally {
    repo.cleanup();
  }
}

export default async function bench() {
  const stub = await startStub();
  try {
    const lines = [await cached(stub), await slowServer(), await memory(stub)];
    lines.push(...(await promptfooLines(stub)));
    return lines;
  } finally {
    await stub.close();
  }
}
