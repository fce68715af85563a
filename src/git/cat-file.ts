import { GitError } from '../errors.js';
import { execGit } from './run.js';

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
 * while git reads the rest.
 */
export async function streamObjects(cwd: string, specs: readonly string[], onObject: (spec: string, bytes: Buffer | undefined) => void): Promise<void> {
  const unique = [...new Set(specs)];
  if (unique.length === 0) return;
  for (const spec of unique) {
    if (/[\n\r]/.test(spec)) throw new GitError(`Cannot read "${spec}": object names cannot contain a newline.`);
  }
  const reader = batchReader(unique, onObject);
  let failure: unknown;
  // Through the one runner, which hands stdout over as it arrives.
  await execGit(cwd, ['cat-file', '--batch'], {
    input: unique.join('\n') + '\n',
    onStdout: (chunk) => {
      if (failure !== undefined) return;
      try {
        reader.push(chunk);
      } catch (error) {
        failure = error;
      }
    },
  });
  if (failure !== undefined) throw failure;
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
