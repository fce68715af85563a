// Shared by the floor scripts: read many objects through one `git cat-file --batch`.
import { spawnSync } from 'node:child_process';

/** Object name (or rev:path) to its content, from one git process. */
export function catFileBatch(cwd, specs) {
  const out = spawnSync('git', ['cat-file', '--batch'], { cwd, input: specs.join('\n') + '\n', maxBuffer: 1 << 30 }).stdout;
  const result = new Map();
  let offset = 0;
  for (const spec of specs) {
    const newline = out.indexOf(0x0a, offset);
    const header = out.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    if (header.endsWith(' missing')) continue;
    const size = Number(header.slice(header.lastIndexOf(' ') + 1));
    result.set(spec, out.subarray(offset, offset + size).toString('utf8'));
    offset += size + 1;
  }
  return result;
}
