import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';
import { evalMessages as m } from '../messages/eval.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) throw new UsageError(m.badShard(text));
  return { index, count };
}

/** A value as JSON with its keys sorted, so a row hashes alike however its YAML orders them. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/**
 * Whether a row is in a shard: a hash of the prompt's id and the row's content picks it,
 * so every runner splits alike whatever the order of files or rows (Playwright's and Jest's way).
 */
export function inShard(shard: Shard, id: string, row: unknown): boolean {
  const digest = createHash('sha256').update(`${id}\0${canonical(row)}`).digest();
  return digest.readUInt32BE(0) % shard.count === shard.index - 1;
}
