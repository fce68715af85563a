// Hostile prompt files (issue 13) against the floor of reading the same bytes with plain
// js-yaml: 100,000 "{{" (lint took 14 s: quadratic token counting), a 20 MB scalar, and
// lists, mappings and block lists nested 10,000 deep. Each command is spawned, so both pay
// Node's start-up; each must answer in under 2 s, which the absolute figure shows.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compare, ratioLine } from './measure.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const BASELINE = fileURLToPath(new URL('./hostile-baseline.mjs', import.meta.url));
const HEAD = 'description: x\nmessages:\n  - role: user\n';

const INPUTS = {
  '100,000 {{': `${HEAD}    content: "${'{{'.repeat(100_000)}"\n`,
  '20 MB scalar': `${HEAD}    content: "${'a'.repeat(20 * 1024 * 1024)}"\n`,
  '10,000-deep lists': `${HEAD}    content: hi\nx-deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
  '10,000-deep mappings': `${HEAD}    content: hi\nx-deep: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`,
  '10,000-deep block lists': `${HEAD}    content: hi\nx-deep:\n  ${'- '.repeat(10_000)}1\n`,
};

const COMMANDS = [['lint', 'p'], ['list'], ['show', 'p', '--json'], ['render', 'p'], ['diff', 'p']];

/** Spawns promptgit; a hostile file may make it exit 1 or 2, never crash (128+: a signal). */
function answers(args, cwd) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status === null || result.status > 2 || /\n\s+at .+:\d+:\d+/.test(result.stderr)) throw new Error(`promptgit ${args.join(' ')} crashed (${result.status}): ${result.stderr.slice(0, 500)}`);
  return result;
}

function git(dir, args) {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

/** A repository whose one prompt was committed plain and is now hostile in the working tree (for diff). */
function repoWith(text) {
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgit-bench-hostile-'));
  git(dir, ['init', '-q', '-b', 'main']);
  mkdirSync(path.join(dir, '.prompts'));
  writeFileSync(path.join(dir, '.prompts/p.yaml'), `${HEAD}    content: hi\n`);
  git(dir, ['add', '-A']);
  git(dir, ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'plain']);
  writeFileSync(path.join(dir, '.prompts/p.yaml'), text);
  return dir;
}

export default async function hostile() {
  const lines = [];
  for (const [name, text] of Object.entries(INPUTS)) {
    const dir = repoWith(text);
    try {
      const cases = { floor: () => spawnSync(process.execPath, [BASELINE, path.join(dir, '.prompts/p.yaml')]) };
      for (const args of COMMANDS) cases[args[0]] = () => answers(args, dir);
      const t = await compare(cases, { runs: 3 });
      for (const [command] of COMMANDS) lines.push(`${ratioLine(`${name}: ${command}`, t[command], t.floor, 6)}${t[command] < 2000 ? '' : ' OVER 2 s'}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return lines;
}
