import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ScratchRepo } from './gitdir.js';

function hashTree(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const file = path.join(rel, entry.name);
    if (file === '.git') continue;
    if (entry.isDirectory()) out.push(`${file}/`, ...hashTree(dir, file));
    else out.push(`${file} ${createHash('sha1').update(readFileSync(path.join(dir, file))).digest('hex')}`);
  }
  return out.sort();
}

/**
 * Everything a failed or dry release must leave untouched: every ref (tags included,
 * with the objects they point at), HEAD, the index file's bytes, every work-tree file's
 * bytes, and git's own view of the status. Read without refreshing the index.
 */
export function repoState(repo: ScratchRepo): Record<string, string | string[]> {
  const indexFile = path.join(repo.dir, '.git', 'index');
  return {
    index: createHash('sha1').update(readFileSync(indexFile)).digest('hex'),
    head: repo.git('rev-parse', 'HEAD').trim(),
    headRef: repo.git('rev-parse', '--symbolic-full-name', 'HEAD').trim(),
    refs: repo.git('for-each-ref', '--format=%(refname) %(objectname) %(objecttype)'),
    files: hashTree(repo.dir),
    status: repo.git('--no-optional-locks', 'status', '--porcelain=v1', '--untracked-files=all'),
    locks: readdirSync(path.join(repo.dir, '.git')).filter((f) => f.endsWith('.lock')),
  };
}
