// The scale that must hold: lint and list of 50,000 prompts cost no more per prompt than
// 5,000 do, and peak under 1 GB (resident memory of the whole process, worker threads
// included). One run of each: at these sizes a run is seconds long, and the figure is a
// ratio between the two sizes measured in the same run.
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { makeRepo } from './corpus.mjs';
import { spawnOk } from './measure.mjs';

const PEAK = fileURLToPath(new URL('./peak-rss.mjs', import.meta.url));
const SIZES = (process.env.BENCH_SCALE_PROMPTS ?? '5000,50000').split(',').map(Number);
const LIMIT_MB = 1024;

function measured(dir, args) {
  const start = performance.now();
  const { stderr } = spawnOk(process.execPath, [PEAK, ...args], { cwd: dir });
  return { ms: performance.now() - start, mb: Number(/peak-rss-kb (\d+)/.exec(stderr)[1]) / 1024 };
}

export default async function scale() {
  const runs = [];
  for (const count of SIZES) {
    const repo = makeRepo(count);
    try {
      runs.push({ count, lint: measured(repo.dir, ['lint', '--format', 'json']), list: measured(repo.dir, ['list', '--json']) });
    } finally {
      repo.cleanup();
    }
  }
  const lines = [];
  for (const command of ['lint', 'list']) {
    for (const run of runs) {
      const { ms, mb } = run[command];
      lines.push(`${command}, ${run.count.toLocaleString('en-US')} prompts: ${(ms / 1000).toFixed(1)} s (${((ms / run.count) * 1000).toFixed(0)} µs per prompt), peak ${mb.toFixed(0)} MB ${mb < LIMIT_MB ? 'ok' : 'OVER 1 GB'}`);
    }
    if (runs.length === 2) {
      const [small, large] = runs;
      const ratio = large[command].ms / large.count / (small[command].ms / small.count);
      lines.push(`  per prompt, ${large.count.toLocaleString('en-US')} vs ${small.count.toLocaleString('en-US')}: ${ratio.toFixed(2)}x (target <= 1x, within noise) ${ratio <= 1.1 ? 'ok' : 'GROWS'}`);
    }
  }
  return lines;
}
