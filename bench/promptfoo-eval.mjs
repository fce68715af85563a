// promptgit eval beside promptfoo 0.123 on the same rows: one prompt, a contains check, the same
// local server answering at once, concurrency 8; uncached, cached, and a 10-row run (start-up).
// promptfoo is 1.4 GB and needs Node 22, so it is never a dependency: install it with
//   npm install --prefix bench/.promptfoo promptfoo@0.123.1 node@22
// (bench/.promptfoo is git-ignored). Without it this part is skipped, with a message.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOME = fileURLToPath(new URL('./.promptfoo/', import.meta.url));
const CLI = path.join(HOME, 'node_modules/promptfoo/dist/src/main.js');
const NODE22 = path.join(HOME, 'node_modules/node/bin/node');

export async function promptfooLines(stub) {
  if (!existsSync(CLI) || !existsSync(NODE22)) return ['promptfoo: skipped, not installed (npm install --prefix bench/.promptfoo promptfoo@0.123.1 node@22)'];
  const { evalRepo, run } = await import('./eval.bench.mjs');
  const { median } = await import('./measure.mjs');
  const { performance } = await import('node:perf_hooks');
  const lines = [];
  for (const rows of [1000, 10]) {
    const repo = evalRepo(1, rows);
    const work = mkdtempSync(path.join(tmpdir(), 'promptfoo-bench-'));
    try {
      const tests = Array.from({ length: rows }, (_, r) => `  - vars: { ticket: "Order 0-${r} arrived broken, refund please", word: "0-${r}" }\n    assert: [{ type: icontains, value: "{{word}}" }]`).join('\n');
      writeFileSync(path.join(work, 'promptfooconfig.yaml'), `prompts:\n  - '[{"role":"system","content":"You triage support tickets."},{"role":"user","content":"Ticket: {{ticket}}"}]'\nproviders:\n  - id: openai:chat:gpt-4o-mini\n    config: { apiBaseUrl: "${stub.url}", apiKey: sk-bench }\ntests:\n${tests}\n`);
      const pfEnv = { ...process.env, PROMPTFOO_CONFIG_DIR: path.join(work, '.pf'), PROMPTFOO_DISABLE_TELEMETRY: '1', PROMPTFOO_DISABLE_UPDATE: '1', OPENAI_API_KEY: 'sk-bench', NO_COLOR: '1' };
      const pgEnv = { ...process.env, OPENAI_BASE_URL: stub.url, OPENAI_API_KEY: 'sk-bench', NO_COLOR: '1' };
      const pf = (cache) => run(NODE22, [CLI, 'eval', '-c', 'promptfooconfig.yaml', '-j', '8', '--no-write', '--no-progress-bar', '--no-table', ...(cache ? [] : ['--no-cache'])], { cwd: work, env: pfEnv });
      const pg = (cache) => run(process.execPath, [BIN(), 'eval', '--concurrency', '8', '--quiet', '--cache', cache ? 'read-write' : 'off'], { cwd: repo.dir, env: pgEnv });
      const time = async (fn) => {
        const s = performance.now();
        await fn();
        return performance.now() - s;
      };
      const measure = async (cache) => {
        const t = { pf: [], pg: [] };
        for (let i = 0; i < 3; i++) {
          t.pf.push(await time(() => pf(cache)));
          t.pg.push(await time(() => pg(cache)));
        }
        return { pf: median(t.pf), pg: median(t.pg) };
      };
      const line = (what, t) => `promptfoo vs promptgit, ${what}: ${t.pf.toFixed(0)} ms vs ${t.pg.toFixed(0)} ms = promptgit ${(t.pf / t.pg).toFixed(1)}x faster (target >= 5x) ${t.pf / t.pg >= 5 ? 'ok' : 'UNDER TARGET'}`;
      if (rows === 1000) {
        lines.push(line('1,000 rows uncached', await measure(false)));
        await pf(true);
        await pg(true);
        lines.push(line('1,000 rows cached', await measure(true)));
      } else {
        lines.push(line('10 rows (start-up)', await measure(false)));
      }
    } finally {
      repo.cleanup();
      rmSync(work, { recursive: true, force: true });
    }
  }
  return lines;
}

const BIN = () => fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
