// promptgit lint over 5,000 prompts (every rule on, max-tokens included) against the floor:
// a script that only reads and YAML-parses the same files. All are spawned, so all pay
// Node's start-up; loading the tokenizer is part of the lint figures. The default
// (--concurrency auto) lints 5,000 prompts on two threads where there are two CPUs; the
// one-thread row shows the cost without them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRepo } from './corpus.mjs';
import { compare, ratioLine, spawnOk } from './measure.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const BASELINE = fileURLToPath(new URL('./parse-baseline.mjs', import.meta.url));
const COUNT = Number(process.env.BENCH_PROMPTS ?? 5000);

// Default budget (8,000): the tokenizer is loaded, but a prompt shorter than the budget in
// characters cannot exceed it in tokens, so it is not tokenized. A 20-token budget forces a
// real token count of every prompt (and a warning on each).
const DEFAULT = 'lint:\n  rules: {}\n';
const TOKENIZE_ALL = 'lint:\n  rules:\n    max-tokens: [warn, { max: 20 }]\n';

export default async function lint() {
  const repo = makeRepo(COUNT);
  const config = (text) => writeFileSync(path.join(repo.dir, '.prompts/_config.yaml'), text);
  const run = (text, ...flags) => {
    config(text);
    return spawnOk(process.execPath, [BIN, 'lint', '--format', 'json', ...flags], { cwd: repo.dir });
  };
  try {
    const all = JSON.parse(run(TOKENIZE_ALL).stdout);
    const counted = all.filter((r) => r.messages.some((m) => m.ruleId === 'max-tokens')).length;
    if (all.length !== COUNT || counted !== COUNT) throw new Error(`lint reported ${all.length} files and ${counted} token warnings, expected ${COUNT}`);
    const clean = JSON.parse(run(DEFAULT).stdout);
    if (clean.some((r) => r.messages.length > 0)) throw new Error('the generated corpus should lint clean with the default rules');
    const t = await compare(
      {
        baseline: () => spawnOk(process.execPath, [BASELINE, repo.dir]),
        lint: () => run(DEFAULT),
        oneThread: () => run(DEFAULT, '--concurrency', 'off'),
        tokenizeAll: () => run(TOKENIZE_ALL),
      },
      { runs: 5 },
    );
    return [
      ratioLine(`promptgit lint (${COUNT} prompts, default rules, --concurrency auto)`, t.lint, t.baseline, 2),
      ratioLine(`promptgit lint (${COUNT} prompts, default rules, --concurrency off: one thread)`, t.oneThread, t.baseline, 2),
      ratioLine(`promptgit lint (${COUNT} prompts, every prompt tokenized)`, t.tokenizeAll, t.baseline, 2),
      `per prompt: ${((t.lint / COUNT) * 1000).toFixed(1)} µs default, ${((t.tokenizeAll / COUNT) * 1000).toFixed(1)} µs tokenizing all (baseline ${((t.baseline / COUNT) * 1000).toFixed(1)} µs)`,
    ];
  } finally {
    repo.cleanup();
  }
}
