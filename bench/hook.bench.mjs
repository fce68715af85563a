// The pre-commit hook must not grow with the repository: `promptgit lint --staged` with one
// staged prompt, in a 50,000-prompt and in a 5,000-prompt repository, against the floor any
// hook pays (spawning `git diff --cached --name-only`, then `node -e 0`), both spawned in the
// same run. The git processes of one run are counted in-process (gitStats).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { git, makeRepo, promptId, promptText } from './corpus.mjs';
import { compare, ratioLine, spawnOk } from './measure.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const SIZES = (process.env.BENCH_HOOK_PROMPTS ?? '50000,5000').split(',').map(Number);

async function gitProcesses(dir) {
  const { gitStats } = await import('../dist/git/run.js');
  const { lintWorkspace } = await import('../dist/lint/index.js');
  const before = gitStats.processes;
  const report = await lintWorkspace({ cwd: dir, staged: true });
  if (report.results.length !== 1) throw new Error(`lint --staged linted ${report.results.length} files, expected 1`);
  return gitStats.processes - before;
}

async function hookRun(count) {
  const repo = makeRepo(count);
  try {
    const staged = Math.floor(count / 2);
    writeFileSync(path.join(repo.dir, `.prompts/${promptId(staged)}.yaml`), promptText(staged, { revision: 1 }));
    git(repo.dir, ['add', '-A']);
    const processes = await gitProcesses(repo.dir);
    const t = await compare(
      {
        floor: () => {
          spawnOk('git', ['diff', '--cached', '--name-only'], { cwd: repo.dir });
          spawnOk(process.execPath, ['-e', '0']);
        },
        hook: () => spawnOk(process.execPath, [BIN, 'lint', '--staged'], { cwd: repo.dir }),
      },
      { runs: 11, warmup: 2 },
    );
    return { count, processes, ...t };
  } finally {
    repo.cleanup();
  }
}

export default async function hook() {
  const lines = [];
  const runs = [];
  for (const count of SIZES) {
    const run = await hookRun(count);
    runs.push(run);
    lines.push(ratioLine(`lint --staged, one staged prompt of ${count.toLocaleString('en-US')}`, run.hook, run.floor, 2), `  git processes: ${run.processes}`);
  }
  if (runs.length === 2) lines.push(`${runs[0].count.toLocaleString('en-US')} vs ${runs[1].count.toLocaleString('en-US')} prompts: ${(runs[0].hook / runs[0].floor / (runs[1].hook / runs[1].floor)).toFixed(2)}x (the cost follows the commit when this is about 1)`);
  return lines;
}
