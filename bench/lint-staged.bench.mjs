// promptgit lint --staged: the number of git processes must not grow with the number of
// staged prompts (diff, ls-files, a cat-file --batch of the staged prompts and the config, a
// second one of the partials when there are any, a for-each-ref for the release tags that
// version-consistency checks against when a staged prompt has a version or there are more
// than 100). Counted in-process with gitStats, for 10 and for 1,000 staged prompts, plus one
// with a staged partial.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { git, makeRepo, promptId, promptText } from './corpus.mjs';

const { lintWorkspace } = await import('../dist/lint/index.js');
const { gitStats } = await import('../dist/git/run.js');
const COUNT = Number(process.env.BENCH_STAGED ?? 1000);

async function stagedRun(staged, { partial = false } = {}) {
  const repo = makeRepo(COUNT);
  try {
    for (let i = 0; i < staged; i++) writeFileSync(path.join(repo.dir, `.prompts/${promptId(i)}.yaml`), promptText(i, { revision: 1 }));
    if (partial) {
      mkdirSync(path.join(repo.dir, '.prompts/_partials'), { recursive: true });
      writeFileSync(path.join(repo.dir, '.prompts/_partials/sig.md'), 'Thanks!');
    }
    git(repo.dir, ['add', '-A']);
    const before = gitStats.processes;
    const start = performance.now();
    const report = await lintWorkspace({ root: repo.dir, cwd: repo.dir, staged: true });
    const ms = performance.now() - start;
    if (report.results.length !== staged) throw new Error(`linted ${report.results.length} files, expected ${staged}`);
    return { processes: gitStats.processes - before, ms, files: report.results.length };
  } finally {
    repo.cleanup();
  }
}

export default async function lintStaged() {
  const small = await stagedRun(10);
  const large = await stagedRun(COUNT);
  const withPartial = await stagedRun(COUNT, { partial: true });
  const constant = [small, large, withPartial].every((run) => run.processes <= 5) ? 'ok' : 'NOT CONSTANT';
  return [
    `lint --staged, 10 staged prompts: ${small.processes} git processes, ${small.ms.toFixed(0)} ms`,
    `lint --staged, ${COUNT} staged prompts: ${large.processes} git processes, ${large.ms.toFixed(0)} ms (${((large.ms / COUNT) * 1000).toFixed(0)} µs per prompt) ${constant}`,
    `lint --staged, ${COUNT} staged prompts and a staged partial: ${withPartial.processes} git processes, ${withPartial.ms.toFixed(0)} ms`,
  ];
}
