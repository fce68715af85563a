// Side by side on the same 1,000 prompt files: promptgit lint against @stoplight/spectral-cli
// with an equivalent ruleset (the prompt format's JSON Schema, plus a secret-pattern rule), and
// the read + YAML-parse floor. All three are spawned. The target: promptgit at least 20x faster.
import { rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeRepo } from './corpus.mjs';
import { compare, spawnOk } from './measure.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const BASELINE = fileURLToPath(new URL('./parse-baseline.mjs', import.meta.url));
const COUNT = Number(process.env.BENCH_SPECTRAL_PROMPTS ?? 1000);
const SECRETS = [
  'sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}',
  'sk-ant-(?:api|admin)\\d{2}-[A-Za-z0-9_-]{20,}',
  '(?:AKIA|ASIA)[0-9A-Z]{16}',
  'gh[pousr]_[A-Za-z0-9]{36,}',
  'xox[abeprs]-[A-Za-z0-9-]{10,}',
  'AIza[0-9A-Za-z_-]{35}',
  '(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}',
  '-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----',
];

function spectralBin() {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('@stoplight/spectral-cli/package.json')), 'dist/index.js');
  } catch {
    return undefined;
  }
}

export default async function spectral() {
  const bin = spectralBin();
  if (!bin) return ['@stoplight/spectral-cli is not installed (npm install -D @stoplight/spectral-cli): no comparison.'];
  const repo = makeRepo(COUNT);
  try {
    const schema = JSON.parse(spawnOk(process.execPath, [BIN, 'schema'], { cwd: repo.dir }).stdout);
    const ruleset = {
      rules: {
        'prompt-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema, dialect: 'auto' } } },
        'no-secrets': { given: '$..*', severity: 'error', then: { function: 'pattern', functionOptions: { notMatch: `/${SECRETS.join('|')}/` } } },
      },
    };
    const rulesetFile = path.join(repo.dir, '.spectral.json');
    writeFileSync(rulesetFile, JSON.stringify(ruleset));
    const runSpectral = () => spawnOk(process.execPath, [bin, 'lint', '.prompts/**/[!_]*.yaml', '--ruleset', rulesetFile, '--format', 'json', '--quiet'], { cwd: repo.dir });
    // The ruleset must catch what it is meant to: a planted secret and a schema error.
    const planted = path.join(repo.dir, '.prompts/planted.yaml');
    writeFileSync(planted, 'messages:\n  - role: usr\n    content: "sk-proj-abcdefghijklmnopqrstuvwxyz"\n');
    const check = spawnSync(process.execPath, [bin, 'lint', planted, '--ruleset', rulesetFile, '--format', 'json'], { encoding: 'utf8' });
    rmSync(planted);
    const codes = JSON.parse(check.stdout).map((r) => r.code).sort().join(',');
    if (codes !== 'no-secrets,prompt-schema') throw new Error(`the spectral ruleset found ${codes || 'nothing'} in a planted bad prompt`);
    const version = spawnOk(process.execPath, [bin, '--version']).stdout.trim();
    const t = await compare(
      {
        baseline: () => spawnOk(process.execPath, [BASELINE, repo.dir]),
        // One thread, as spectral runs: no worker threads in the comparison.
        promptgit: () => spawnOk(process.execPath, [BIN, 'lint', '--concurrency', 'off'], { cwd: repo.dir }),
        spectral: runSpectral,
      },
      { runs: 3, warmup: 1 },
    );
    const per = (ms) => `${(ms / COUNT).toFixed(2)} ms per prompt`;
    const ratio = t.spectral / t.promptgit;
    return [
      `spectral ${version} (${COUNT} prompts): ${t.spectral.toFixed(0)} ms = ${per(t.spectral)}`,
      `promptgit lint (${COUNT} prompts, all rules, one thread): ${t.promptgit.toFixed(0)} ms = ${per(t.promptgit)}`,
      `read + YAML-parse baseline: ${t.baseline.toFixed(0)} ms = ${per(t.baseline)}`,
      `promptgit is ${ratio.toFixed(1)}x faster than spectral (target >= 20x) ${ratio >= 20 ? 'ok' : 'UNDER TARGET'}`,
    ];
  } finally {
    repo.cleanup();
  }
}
