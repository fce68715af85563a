import { spawn } from 'node:child_process';
import { GitError } from '../errors.js';
import { gitStats } from './client.js';
import { gitEnv } from './env.js';

/**
 * Reads many objects (`<rev>:<path>`, `:<path>` for the index, or object names) through
 * one `git cat-file --batch`. Missing objects map to undefined.
 */
export async function readObjects(cwd: string, specs: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  await streamObjects(cwd, specs, (spec, bytes) => result.set(spec, bytes));
  return result;
}

/**
 * Reads many objects as readObjects does, handing each to `onObject` (in the order asked,
 * undefined when missing) as soon as git has written it: the caller works on the first
 * while git reads the rest. simple-git buffers whole outputs per call, so this streaming
 * reader spawns git directly.
 */
export async function streamObjects(cwd: string, specs: readonly string[], onObject: (spec: string, bytes: Buffer | undefined) => void): Promise<void> {
  const unique = [...new Set(specs)];
  if (unique.length === 0) return;
  for (const spec of unique) {
    if (/[\n\r]/.test(spec)) throw new GitError(`Cannot read "${spec}": object names cannot contain a newline.`);
  }
  gitStats.processes++;
  const child = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  const errors: Buffer[] = [];
  const reader = batchReader(unique, onObject);
  let failure: unknown;
  child.stdout.on('data', (chunk: Buffer) => {
    if (failure !== undefined) return;
    try {
      reader.push(chunk);
    } catch (error) {
      failure = error;
      child.kill();
    }
  });
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
  if (failure !== undefined) throw failure;
  if (code !== 0) throw new GitError(`git cat-file failed: ${Buffer.concat(errors).toString('utf8').trim() || `exit code ${code}`}`);
  if (!reader.done()) throw new GitError('git cat-file ended early; the repository may be corrupt.');
}

/**
 * Parses `cat-file --batch` output as it arrives: `<name> <type> <size>` then the content
 * and a newline, or `<name> missing`. Chunks are joined only once an object is whole, so a
 * large object is copied once, not once per chunk.
 */
function batchReader(specs: readonly string[], onObject: (spec: string, bytes: Buffer | undefined) => void) {
  let chunks: Buffer[] = [];
  let have = 0;
  let next = 0;
  /** Where the awaited object's content starts and ends (after its header), once the header is read. */
  let body: { start: number; end: number } | undefined;
  const joined = (): Buffer => {
    if (chunks.length > 1) chunks = [Buffer.concat(chunks)];
    return chunks[0] ?? Buffer.alloc(0);
  };
  const consume = (n: number): void => {
    chunks = [joined().subarray(n)];
    have -= n;
  };
  return {
    push(chunk: Buffer): void {
      chunks.push(chunk);
      have += chunk.length;
      while (next < specs.length) {
        if (!body) {
          const out = joined();
          const newline = out.indexOf(0x0a);
          if (newline === -1) return;
          const header = out.subarray(0, newline).toString('utf8');
          if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
            consume(newline + 1);
            onObject(specs[next++]!, undefined);
            continue;
          }
          const start = newline + 1;
          body = { start, end: start + Number(header.slice(header.lastIndexOf(' ') + 1)) };
        }
        // The content and the newline after it.
        if (have < body.end + 1) return;
        const content = joined().subarray(body.start, body.end);
        const end = body.end;
        body = undefined;
        onObject(specs[next++]!, content);
        consume(end + 1);
      }
    },
    done: (): boolean => next === specs.length,
  };
}
