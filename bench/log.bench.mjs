// promptgit log of a prompt with 2,000 versions in an 8,000-commit repository (built with
// git fast-import) against its tight floor (log-baseline.mjs: one git log --follow
// --format=%H, one cat-file --batch of <commit>:<path>, one YAML parse per version) and the
// looser one bench/ had before (log-raw-baseline.mjs: the blobs of --raw diffs), all spawned.
import { fileURLToPath } from 'node:url';
import { makeHistory } from './corpus.mjs';
import { compare, ratioLine, spawnOk } from './measure.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const BASELINE = fileURLToPath(new URL('./log-baseline.mjs', import.meta.url));
const RAW_BASELINE = fileURLToPath(new URL('./log-raw-baseline.mjs', import.meta.url));
const COMMITS = Number(process.env.BENCH_LOG_COMMITS ?? 8000);

async function gitProcesses(dir, id) {
  const { gitStats } = await import('../dist/git/run.js');
  const { log } = await import('../dist/commands/log.js');
  const { memoryReporter } = await import('../dist/output/reporter.js');
  const before = gitStats.processes;
  await log({ cwd: dir, reporter: await memoryReporter(), id, json: true });
  return gitStats.processes - before;
}

export default async function logBench() {
  const history = makeHistory({ commits: COMMITS, every: 4 });
  try {
    const entries = JSON.parse(spawnOk(process.execPath, [BIN, 'log', history.id, '--json'], { cwd: history.dir }).stdout);
    if (entries.length !== history.versions) throw new Error(`log printed ${entries.length} entries, expected ${history.versions}`);
    const processes = await gitProcesses(history.dir, history.id);
    const t = await compare(
      {
        baseline: () => spawnOk(process.execPath, [BASELINE, history.dir, history.file]),
        rawBaseline: () => spawnOk(process.execPath, [RAW_BASELINE, history.dir, history.file]),
        log: () => spawnOk(process.execPath, [BIN, 'log', history.id, '--json'], { cwd: history.dir }),
      },
      { runs: 5 },
    );
    return [
      ratioLine(`promptgit log --json (${history.versions} versions, ${COMMITS} commits), tight floor`, t.log, t.baseline, 1.5),
      `  against the --raw floor: ${t.log.toFixed(1)} ms vs ${t.rawBaseline.toFixed(1)} ms = ${(t.log / t.rawBaseline).toFixed(2)}x`,
      `git processes: ${processes}; per version: ${((t.log / history.versions) * 1000).toFixed(0)} µs (tight floor ${((t.baseline / history.versions) * 1000).toFixed(0)} µs, --raw floor ${((t.rawBaseline / history.versions) * 1000).toFixed(0)} µs)`,
    ];
  } finally {
    history.cleanup();
  }
}
