// promptgit list over 5,000 prompts against the floor: a script that only reads and
// YAML-parses the same files. Both are spawned, so both pay Node's start-up.
import { fileURLToPath } from 'node:url';
import { makeRepo } from './corpus.mjs';
import { compare, ratioLine, spawnOk } from './measure.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const BASELINE = fileURLToPath(new URL('./parse-baseline.mjs', import.meta.url));
const COUNT = Number(process.env.BENCH_PROMPTS ?? 5000);

export default async function list() {
  const repo = makeRepo(COUNT);
  try {
    const out = spawnOk(process.execPath, [BIN, 'list', '--json'], { cwd: repo.dir });
    const listed = JSON.parse(out.stdout).length;
    if (listed !== COUNT) throw new Error(`list printed ${listed} prompts, expected ${COUNT}`);
    const t = await compare(
      {
        baseline: () => spawnOk(process.execPath, [BASELINE, repo.dir]),
        list: () => spawnOk(process.execPath, [BIN, 'list', '--json'], { cwd: repo.dir }),
      },
      { runs: 5 },
    );
    return [ratioLine(`promptgit list (${COUNT} prompts)`, t.list, t.baseline, 2), `per prompt: ${((t.list / COUNT) * 1000).toFixed(1)} µs (baseline ${((t.baseline / COUNT) * 1000).toFixed(1)} µs)`];
  } finally {
    repo.cleanup();
  }
}
