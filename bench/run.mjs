// Runs the benchmarks: `npm run bench` runs all, `npm run bench -- list startup` some.
// Each bench/<name>.bench.mjs exports a default async function returning report lines.
import { readdirSync } from 'node:fs';

const wanted = process.argv.slice(2);
const dir = new URL('./', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.mjs')).sort();
const chosen = wanted.length ? files.filter((f) => wanted.includes(f.replace('.bench.mjs', ''))) : files;
if (chosen.length === 0) {
  console.error(`No benchmark named ${wanted.join(', ')}; there are: ${files.map((f) => f.replace('.bench.mjs', '')).join(', ')}`);
  process.exit(2);
}
console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cpus, ${new Date().toISOString()}`);
for (const file of chosen) {
  console.log(`\n## ${file.replace('.bench.mjs', '')}`);
  const { default: bench } = await import(new URL(file, dir));
  for (const line of await bench()) console.log(line);
}
