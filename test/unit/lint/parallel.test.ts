import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { PROMPTS_PER_THREAD, threadCount } from '../../../src/lint/parallel.js';

describe('threadCount', () => {
  const cpus = availableParallelism();

  it('is one thread with off, whatever the number of prompts', () => {
    expect(threadCount('off', 100_000)).toBe(1);
  });

  it('gives auto one thread per PROMPTS_PER_THREAD prompts, at least one, at most the CPUs', () => {
    expect(threadCount('auto', 0)).toBe(1);
    expect(threadCount('auto', PROMPTS_PER_THREAD * 2 - 1)).toBe(1);
    expect(threadCount('auto', PROMPTS_PER_THREAD * 2)).toBe(Math.min(cpus, 2));
    expect(threadCount('auto', PROMPTS_PER_THREAD * 1000)).toBe(cpus);
  });

  it('takes a number as given, but never more threads than prompts', () => {
    expect(threadCount(3, 100)).toBe(3);
    expect(threadCount(8, 2)).toBe(2);
    expect(threadCount(4, 0)).toBe(1);
  });
});
