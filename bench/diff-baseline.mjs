// The floor for `promptgit diff` over changed prompts: list the changed paths (one git
// call), read their HEAD blobs in one batch and the working files, YAML-parse all of
// them. Nothing else. Usage: node bench/diff-baseline.mjs <repo>
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { catFileBatch } from './git-batch.mjs';

const root = process.argv[2];
const paths = execFileSync('git', ['diff', '--name-only', '-z', 'HEAD', '--', '.prompts'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\0').filter(Boolean);
const blobs = catFileBatch(root, paths.map((p) => `HEAD:${p}`));
let parsed = 0;
for (const file of paths) {
  parse(blobs.get(`HEAD:${file}`));
  parse(readFileSync(path.join(root, file), 'utf8'));
  parsed += 2;
}
process.stdout.write(`${parsed}\n`);
