import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';
import { gitStats } from './client.js';
import { gitEnv } from './env.js';

/**
 * Reads many objects (`<rev>:<path>`, `:<path>` for the index, or object names) through
 * one `git cat-file --batch` process. Missing objects map to undefined. simple-git
 * buffers whole outputs per call, so this streaming reader spawns git directly.
 */
export async function readObjects(cwd: string, specs: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  const unique = [...new Set(specs)];
  if (unique.length === 0) return result;
  for (const spec of unique) {
    if (/[\n\r]/.test(spec)) throw new GitError(`Cannot read "${spec}": object names cannot contain a newline.`);
  }
  gitStats.processes++;
  const child = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  child.stdin.on('error', () => undefined);
  child.stdin.end(unique.join('\n') + '\n');
  const code = await done.catch((error: unknown) => {
    throw new GitError(`Could not run git: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  if (code !== 0) throw new GitError(`git cat-file failed: ${Buffer.concat(errors).toString('utf8').trim() || `exit code ${code}`}`);
  const out = Buffer.concat(chunks);
  let offset = 0;
  for (const spec of unique) {
    const newline = out.indexOf(0x0a, offset);
    if (newline === -1) throw new GitError('git cat-file ended early; the repository may be corrupt.');
    const header = out.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      result.set(spec, undefined);
      continue;
    }
    const size = Number(header.slice(header.lastIndexOf(' ') + 1));
    result.set(spec, out.subarray(offset, offset + size));
    offset += size + 1;
  }
  return result;
}
