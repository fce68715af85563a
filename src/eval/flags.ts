import { UsageError } from '../errors.js';
import { evalMessages as m } from '../messages/eval.js';
import { CACHE_MODES, type CacheMode } from './cache.js';
import { EVAL_FORMATS } from './formats/index.js';
import { parseShard, type Shard } from './shard.js';

/** `promptgit eval`'s flags as commander gives them (strings), before they are checked. */
export interface EvalFlags {
  json?: boolean;
  format?: string;
  outputFile?: string;
  provider?: string;
  baseUrl?: string;
  model?: string;
  concurrency?: string;
  cache?: string;
  record?: boolean;
  replay?: boolean;
  compare?: string;
  repeat?: string;
  filter?: string;
  quiet?: boolean;
  shard?: string;
  merge?: boolean;
}

export interface CheckedFlags {
  format: (typeof EVAL_FORMATS)[number];
  concurrency: number;
  repeat: number;
  cache: CacheMode;
  shard?: Shard;
}

function count(value: string | undefined, fallback: number, message: (v: string) => string): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(message(value));
  return Number(value);
}

/** Checks the flags' values and combinations; every mistake is a usage error (exit 2) before anything runs. */
export function checkFlags(flags: EvalFlags): CheckedFlags {
  const format = flags.json ? 'json' : (flags.format ?? 'text');
  if (!(EVAL_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EVAL_FORMATS.join(', ')}, not "${format}".`);
  if (flags.json && flags.format !== undefined && flags.format !== 'json') throw new UsageError(m.conflicting('--json', `--format ${flags.format}`));
  const cache = flags.cache ?? 'read-write';
  if (!(CACHE_MODES as readonly string[]).includes(cache)) throw new UsageError(m.badCache(cache));
  if (flags.record && flags.replay) throw new UsageError(m.conflicting('--record', '--replay'));
  if (flags.merge) {
    for (const [flag, set] of [['--compare', flags.compare], ['--shard', flags.shard], ['--record', flags.record], ['--replay', flags.replay], ['--repeat', flags.repeat], ['--filter', flags.filter]] as const) {
      if (set !== undefined && set !== false) throw new UsageError(m.mergeWith(flag));
    }
  }
  return {
    format: format as CheckedFlags['format'],
    concurrency: count(flags.concurrency, 4, m.badConcurrency),
    repeat: count(flags.repeat, 1, m.badRepeat),
    cache: cache as CacheMode,
    ...(flags.shard === undefined ? {} : { shard: parseShard(flags.shard) }),
  };
}
