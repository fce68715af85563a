// Corpus generator shared by every benchmark: realistic prompt files, deterministic
// for a given seed, written into a scratch git repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A small deterministic PRNG (mulberry32), so runs compare like with like. */
export function random(seed = 1) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'ticket order refund reply customer billing invoice account password summary product review sentiment language translate email policy support agent answer context document question'.split(' ');
const AREAS = ['support', 'sales', 'search', 'billing', 'ops', 'research', 'content', 'legal'];

function sentence(rand, words = 12) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return out.join(' ');
}

/** The id of the i-th generated prompt: spread over nested folders like a real team's. */
export function promptId(i) {
  return `${AREAS[i % AREAS.length]}/group-${Math.floor(i / 64) % 40}/prompt-${i}`;
}

/** The text of one prompt file; `revision` varies the content for history benchmarks. */
export function promptText(i, { seed = 1, revision = 0 } = {}) {
  const rand = random(seed * 100_003 + i * 7 + revision);
  const temperature = Math.round(rand() * 10) / 10;
  return `# yaml-language-server: $schema=../../_schema.json
name: Prompt ${i}
description: ${sentence(rand, 8)}
model: openai/gpt-4o-mini
modelParameters:
  temperature: ${temperature}
  maxTokens: ${256 + Math.floor(rand() * 4) * 256}
variables:
  input:
    type: string
    description: ${sentence(rand, 5)}
  tone:
    type: string
    enum: [formal, casual]
    default: formal
  max_items:
    type: integer
    default: ${1 + Math.floor(rand() * 5)}
messages:
  - role: system
    content: |
      ${sentence(rand, 30)}
      ${sentence(rand, 30)}
      Answer in a {{tone}} tone with at most {{max_items}} items. (revision ${revision})
  - role: user
    content: "{{input}}"
testData:
  - input: ${sentence(rand, 10)}
  - input: ${sentence(rand, 10)}
    tone: casual
tags: [${AREAS[i % AREAS.length]}, bench]
metadata:
  owner: team-${i % 7}
`;
}

export function git(cwd, args, input) {
  return execFileSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** A fresh git repository with `count` prompts committed; returns its folder and the files. */
export function makeRepo(count, { seed = 1, commit = true } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgit-bench-'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.name', 'Bench']);
  git(dir, ['config', 'user.email', 'bench@example.com']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  git(dir, ['config', 'gc.auto', '0']);
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = `.prompts/${promptId(i)}.yaml`;
    mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(dir, file), promptText(i, { seed }));
    files.push(file);
  }
  writeFileSync(path.join(dir, '.prompts/_config.yaml'), 'lint:\n  rules: {}\n');
  if (commit) {
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'corpus']);
  }
  return { dir, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A repository with a long history, built in about a second with `git fast-import`:
 * `prompts` prompts committed once, then `commits - 1` commits that each edit one prompt.
 * Every `every`-th commit edits the prompt `target` (index 0), so it ends with
 * `commits / every` versions; the others are spread over the rest. Returns the folder,
 * the target's id and file, and its version count.
 */
export function makeHistory({ commits = 8000, every = 4, prompts = 50, seed = 1 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgit-bench-history-'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'gc.auto', '0']);
  const chunks = [];
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const file = (i) => `.prompts/${promptId(i)}.yaml`;
  const start = 1_700_000_000;
  let versions = 0;
  for (let c = 0; c < commits; c++) {
    chunks.push(`commit refs/heads/main\nmark :${c + 1}\ncommitter Bench <bench@example.com> ${start + c * 60} +0000\n`);
    if (c === 0) {
      chunks.push(data('corpus'));
      for (let i = 0; i < prompts; i++) chunks.push(`M 100644 inline ${file(i)}\n${data(promptText(i, { seed }))}`);
      versions++;
      continue;
    }
    const i = c % every === 0 ? 0 : 1 + (c % (prompts - 1));
    if (i === 0) versions++;
    chunks.push(`${data(`edit prompt ${i} (commit ${c})`)}from :${c}\nM 100644 inline ${file(i)}\n${data(promptText(i, { seed, revision: c }))}`);
  }
  chunks.push('done\n');
  execFileSync('git', ['fast-import', '--quiet', '--done'], { cwd: dir, input: chunks.join(''), maxBuffer: 1 << 28 });
  git(dir, ['reset', '-q', '--hard', 'main']);
  return { dir, id: promptId(0), file: file(0), versions, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
