// The floor for `release --all`: read the prompts and their last released versions in one
// batch each, parse both, write the new versions, then let git make the same commit and
// the same annotated tags in batched calls. Usage: node bench/release-baseline.mjs <repo>
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

const repo = process.argv[2];
const git = (args, input) => execFileSync('git', args, { cwd: repo, input, encoding: 'utf8', maxBuffer: 1 << 28 });
const files = readdirSync(path.join(repo, '.prompts'), { recursive: true })
  .filter((f) => f.endsWith('.yaml') && !path.basename(f).startsWith('_'))
  .map((f) => `.prompts/${f}`);
const tags = new Map();
for (const line of git(['for-each-ref', '--format=%(refname:strip=2) %(*objectname)', 'refs/tags/prompts/']).split('\n')) {
  const [name, commit] = line.split(' ');
  if (name) tags.set(name.slice('prompts/'.length, name.lastIndexOf('@')), { version: name.slice(name.lastIndexOf('@') + 1), commit });
}
const idOf = (file) => file.slice('.prompts/'.length, -'.yaml'.length);
const batch = execFileSync('git', ['cat-file', '--batch'], { cwd: repo, input: files.map((f) => `${tags.get(idOf(f)).commit}:${f}`).join('\n') + '\n', maxBuffer: 1 << 28 });
let offset = 0;
const released = [];
for (let i = 0; i < files.length; i++) {
  const nl = batch.indexOf(10, offset);
  const size = Number(batch.subarray(offset, nl).toString().split(' ')[2]);
  released.push(batch.subarray(nl + 1, nl + 1 + size).toString('utf8'));
  offset = nl + 1 + size + 1;
}
const next = [];
files.forEach((file, i) => {
  parse(released[i]);
  const text = readFileSync(path.join(repo, file), 'utf8');
  parse(text);
  const [major, minor] = tags.get(idOf(file)).version.split('.').map(Number);
  const version = `${major}.${minor + 1}.0`;
  writeFileSync(path.join(repo, file), text.replace(/^version: .*$/m, `version: ${version}`));
  next.push(`${idOf(file)}@${version}`);
});
git(['add', '--', '.prompts']);
git(['commit', '-q', '-m', 'release']);
const head = git(['rev-parse', 'HEAD']).trim();
const tagger = git(['var', 'GIT_COMMITTER_IDENT']).trim();
const dir = mkdtempSync(path.join(tmpdir(), 'baseline-tags-'));
const paths = next.map((name, i) => {
  const file = path.join(dir, `${i}`);
  writeFileSync(file, `object ${head}\ntype commit\ntag prompts/${name}\ntagger ${tagger}\n\n${name}\n`);
  return file;
});
const oids = git(['hash-object', '-w', '-t', 'tag', '--stdin-paths'], paths.join('\n') + '\n').trim().split('\n');
git(['update-ref', '--stdin'], ['start', ...next.map((name, i) => `create refs/tags/prompts/${name} ${oids[i]}`), 'prepare', 'commit', ''].join('\n'));
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`${oids.length}\n`);
