// The floor for commands that read every prompt: walk .prompts/, read each file and
// YAML-parse it, nothing else. Usage: node bench/parse-baseline.mjs <repo>
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.join(process.argv[2], '.prompts');
let count = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.yaml') || entry.name.startsWith('_')) continue;
  parse(readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8'));
  count++;
}
process.stdout.write(`${count}\n`);
