// The looser floor for `promptgit log <id>` (the first one bench/ had): one `git log --follow
// --raw` for the commits and the blob ids on both sides of each change, one batched read of
// the blobs, YAML-parse each once. Usage: node bench/log-raw-baseline.mjs <repo> <file>
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { catFileBatch } from './git-batch.mjs';

const [root, file] = process.argv.slice(2);
const out = execFileSync('git', ['log', '--follow', '-M', '--raw', '--no-abbrev', '--format=%H', 'HEAD', '--', file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const blobs = new Set();
for (const line of out.split('\n')) {
  if (!line.startsWith(':')) continue;
  const [, , oldBlob, newBlob] = line.split(' ');
  for (const blob of [oldBlob, newBlob]) if (!/^0+$/.test(blob)) blobs.add(blob);
}
const texts = catFileBatch(root, [...blobs]);
for (const text of texts.values()) parse(text);
process.stdout.write(`${texts.size}\n`);
