// Timing helpers: every figure is a ratio against a baseline measured in the same run,
// interleaved, so load on a shared machine hits both sides alike.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs each case `runs` times, interleaved (a, b, a, b, ...), and returns median ms per case. */
export async function compare(cases, { runs = 7, warmup = 1 } = {}) {
  const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let r = 0; r < warmup + runs; r++) {
    for (const [name, fn] of Object.entries(cases)) {
      const start = performance.now();
      await fn();
      const elapsed = performance.now() - start;
      if (r >= warmup) times[name].push(elapsed);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** Spawns a command and throws if it fails (a benchmark of a failing command measures nothing). */
export function spawnOk(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result;
}

export function ratioLine(name, value, baseline, target) {
  const ratio = value / baseline;
  const ok = ratio <= target ? 'ok' : 'OVER TARGET';
  return `${name}: ${value.toFixed(1)} ms vs baseline ${baseline.toFixed(1)} ms = ${ratio.toFixed(2)}x (target <= ${target}x) ${ok}`;
}
