// promptgit release --all over 1,000 changed prompts against its floor (release-baseline.mjs:
// batched reads, the same commit and the same annotated tags made by git in batched calls).
// Both are spawned and run on the same repository state, reset between runs (untimed).
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { git, makeRepo, promptText } from './corpus.mjs';
import { median, ratioLine, spawnOk } from './measure.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const BASELINE = fileURLToPath(new URL('./release-baseline.mjs', import.meta.url));
const COUNT = Number(process.env.BENCH_PROMPTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** A repository whose prompts were all released once and then all changed. */
function changedRepo() {
  const repo = makeRepo(COUNT);
  spawnOk(process.execPath, [BIN, 'release', '--all'], { cwd: repo.dir });
  repo.files.forEach((file, i) => {
    const text = promptText(i, { revision: 1 }).replace('description:', 'version: 1.0.0\ndescription:');
    writeFileSync(path.join(repo.dir, file), text);
  });
  git(repo.dir, ['add', '-A']);
  git(repo.dir, ['commit', '-q', '-m', 'change every prompt']);
  return { ...repo, base: git(repo.dir, ['rev-parse', 'HEAD']).trim(), tags: git(repo.dir, ['for-each-ref', '--format=%(refname)', 'refs/tags']) };
}

/** Puts HEAD, the files and the tags back to the changed state. */
function reset(repo) {
  git(repo.dir, ['reset', '-q', '--hard', repo.base]);
  const now = git(repo.dir, ['for-each-ref', '--format=%(refname)', 'refs/tags']).split('\n').filter(Boolean);
  const keep = new Set(repo.tags.split('\n'));
  const extra = now.filter((ref) => !keep.has(ref));
  if (extra.length) git(repo.dir, ['update-ref', '--stdin'], extra.map((ref) => `delete ${ref}`).join('\n') + '\n');
}

export default async function release() {
  const repo = changedRepo();
  try {
    // Count the git processes of one in-process run of the same code the bin runs.
    const { runRelease } = await import('../dist/release/run.js');
    const { gitStats } = await import('../dist/git/run.js');
    const before = gitStats.processes;
    const result = await runRelease({ cwd: repo.dir, all: true });
    const processes = gitStats.processes - before;
    if (result.plan.entries.length !== COUNT) throw new Error(`released ${result.plan.entries.length} prompts, expected ${COUNT}`);
    const times = { baseline: [], release: [] };
    for (let r = 0; r < RUNS; r++) {
      for (const [name, run] of [
        ['baseline', () => spawnOk(process.execPath, [BASELINE, repo.dir])],
        ['release', () => spawnOk(process.execPath, [BIN, 'release', '--all'], { cwd: repo.dir })],
      ]) {
        reset(repo);
        const start = performance.now();
        run();
        times[name].push(performance.now() - start);
      }
    }
    const t = { baseline: median(times.baseline), release: median(times.release) };
    return [
      ratioLine(`promptgit release --all (${COUNT} changed prompts)`, t.release, t.baseline, 2),
      `git processes in one release --all: ${processes} (constant: the same for any number of prompts); baseline script: 8`,
      `tags created: ${COUNT} annotated, in one hash-object and one update-ref transaction`,
    ];
  } finally {
    repo.cleanup();
  }
}
