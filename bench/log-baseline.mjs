// The tight floor for `promptgit log <id>`: one `git log --follow --format=%H` for the commits,
// one `git cat-file --batch` of `<commit>:<path>` for the file at each, one YAML parse per
// version. Usage: node bench/log-baseline.mjs <repo> <file>
import { execFileSync } from 'node:child_process';
import { parse } from 'yaml';
import { catFileBatch } from './git-batch.mjs';

const [root, file] = process.argv.slice(2);
const commits = execFileSync('git', ['log', '--follow', '--format=%H', 'HEAD', '--', file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter(Boolean);
const texts = catFileBatch(root, commits.map((commit) => `${commit}:${file}`));
for (const text of texts.values()) parse(text);
process.stdout.write(`${texts.size}\n`);
