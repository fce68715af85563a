// promptgit diff over 1,000 changed prompts against its floor (diff-baseline.mjs: list the
// changed paths, read the HEAD blobs in one batch and the working files, YAML-parse all
// 2,000), both spawned. The git process count is read in-process at two sizes: constant.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRepo, promptText } from './corpus.mjs';
import { compare, ratioLine, spawnOk } from './measure.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const BASELINE = fileURLToPath(new URL('./diff-baseline.mjs', import.meta.url));
const COUNT = Number(process.env.BENCH_DIFF_PROMPTS ?? 1000);

function changedRepo(count) {
  const repo = makeRepo(count);
  repo.files.forEach((file, i) => writeFileSync(path.join(repo.dir, file), promptText(i, { revision: 1 })));
  return repo;
}

/** Git processes started by one in-process diff (gitStats counts them). */
async function gitProcesses(dir) {
  const { gitStats } = await import('../dist/git/run.js');
  const { diff } = await import('../dist/commands/diff.js');
  const { memoryReporter } = await import('../dist/output/reporter.js');
  const before = gitStats.processes;
  const reporter = await memoryReporter();
  await diff({ cwd: dir, reporter, refs: [], stat: true });
  return { processes: gitStats.processes - before, lines: reporter.stdout.trim().split('\n').length };
}

export default async function diffBench() {
  const small = changedRepo(10);
  const repo = changedRepo(COUNT);
  try {
    const counts = [await gitProcesses(small.dir), await gitProcesses(repo.dir)];
    if (counts[1].lines !== COUNT + 1) throw new Error(`diff --stat printed ${counts[1].lines - 1} prompts, expected ${COUNT}`);
    const t = await compare(
      {
        baseline: () => spawnOk(process.execPath, [BASELINE, repo.dir]),
        diff: () => spawnOk(process.execPath, [BIN, 'diff', '--json'], { cwd: repo.dir }),
      },
      { runs: 5 },
    );
    return [
      ratioLine(`promptgit diff --json (${COUNT} changed prompts)`, t.diff, t.baseline, 2),
      `git processes: ${counts[0].processes} for 10 changed prompts, ${counts[1].processes} for ${COUNT} (constant)`,
    ];
  } finally {
    small.cleanup();
    repo.cleanup();
  }
}
