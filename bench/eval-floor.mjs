// The floor of a cached eval: what any tool must do to score rows from a cache. Reads and
// YAML-parses every prompt, renders every row's messages with mustache, and reads and parses
// every cache file. Usage: node bench/eval-floor.mjs <repo>
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Mustache from 'mustache';
import { parse } from 'yaml';

const root = process.argv[2];
const prompts = path.join(root, '.prompts');
let rendered = 0;
for (const entry of readdirSync(prompts, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.yaml') || entry.name.startsWith('_')) continue;
  const prompt = parse(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  for (const row of prompt.testData ?? []) {
    for (const m of prompt.messages) rendered += Mustache.render(m.content, row).length;
  }
}
let answers = 0;
const cache = path.join(root, '.promptgit/cache');
for (const entry of readdirSync(cache, { recursive: true, withFileTypes: true })) {
  if (entry.isFile()) answers += JSON.parse(readFileSync(path.join(entry.parentPath, entry.name), 'utf8')).answer.length > 0 ? 1 : 0;
}
if (rendered === 0 || answers === 0) process.exit(1);
