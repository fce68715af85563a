import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { ParsedPrompt } from '../core/parse.js';
import { InternalError } from '../errors.js';
import { lintEntry, type EntryOutcome, type LintJob } from './task.js';
import type { WorkerInput, WorkerOutput } from './worker.js';

/** How many threads lint: a number, `auto` (by the number of prompts and CPUs), or `off` (the main thread only). */
export type Concurrency = number | 'auto' | 'off';

/**
 * With `auto`, one thread per this many prompts (at least one, at most the CPUs). A worker
 * loads the linter again before it lints its first prompt, and V8's own background threads
 * already use a second core: on 2 CPUs, two threads won at 5,000 prompts, tied at 2,000 and
 * lost at 1,000 (bench/README.md).
 */
export const PROMPTS_PER_THREAD = 1500;

/** The number of threads a run over `entries` prompts uses. */
export function threadCount(concurrency: Concurrency, entries: number): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') return Math.max(1, Math.min(availableParallelism(), Math.floor(entries / PROMPTS_PER_THREAD)));
  return Math.max(1, Math.min(concurrency, entries));
}

export interface JobRun {
  /** One outcome per entry, in the job's order. */
  outcomes: EntryOutcome[];
  /** The threads that took part, the main one included. */
  threads: number;
}

/** Resolves with a worker's output; rejects when it could not start or died (a bug, not a finding). */
function outputOf(worker: Worker): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    let output: WorkerOutput | undefined;
    worker.once('message', (message: WorkerOutput) => (output = message));
    worker.once('error', (error) => reject(new InternalError(`A lint worker thread failed: ${error.message}`, { cause: error })));
    worker.once('exit', (code) => (output ? resolve(output) : reject(new InternalError(`A lint worker thread exited with code ${code} before it reported.`))));
  });
}

/**
 * Lints every entry of a job on `threads` threads: this one and worker threads, each taking
 * the next entry from a shared counter, so a slow prompt never leaves a thread idle. Results
 * do not depend on the number of threads. Prompts already parsed (`parsed`) stay on this thread.
 */
export async function runJob(job: LintJob, threads: number, parsed?: ReadonlyMap<string, ParsedPrompt>): Promise<JobRun> {
  if (threads <= 1 || parsed) return { outcomes: job.entries.map((entry) => lintEntry(job, entry, parsed)), threads: 1 };
  const { Worker } = await import('node:worker_threads');
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const input: WorkerInput = { job, counter };
  const script = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: threads - 1 }, () => new Worker(script, { workerData: input }));
  const outputs = Promise.all(workers.map(outputOf));
  const outcomes: (EntryOutcome | undefined)[] = new Array(job.entries.length);
  try {
    for (let i = Atomics.add(counter, 0, 1); i < job.entries.length; i = Atomics.add(counter, 0, 1)) {
      outcomes[i] = lintEntry(job, job.entries[i]!);
    }
    for (const output of await outputs) {
      for (const [i, outcome] of output.outcomes) outcomes[i] = outcome;
    }
  } catch (error) {
    // Whatever failed, no worker is left running to keep the process alive.
    outputs.catch(() => undefined);
    await Promise.all(workers.map((worker) => worker.terminate()));
    throw error;
  }
  // An entry that threw in a worker is linted again here, so that its error surfaces as itself.
  for (let i = 0; i < outcomes.length; i++) outcomes[i] ??= lintEntry(job, job.entries[i]!);
  return { outcomes: outcomes as EntryOutcome[], threads };
}
