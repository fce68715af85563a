/**
 * A lint worker thread: takes entries of the job in `workerData` one at a time, claiming
 * each from the counter it shares with the main thread and the other workers, and posts
 * every outcome back in one message when the counter runs out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareRules } from './engine.js';
import { lintEntry, type EntryOutcome, type LintJob } from './task.js';

export interface WorkerInput {
  job: LintJob;
  counter: Int32Array;
}

export interface WorkerOutput {
  outcomes: [index: number, outcome: EntryOutcome][];
}

const { job, counter } = workerData as WorkerInput;
await prepareRules(job.context.settings);
const output: WorkerOutput = { outcomes: [] };
for (let i = Atomics.add(counter, 0, 1); i < job.entries.length; i = Atomics.add(counter, 0, 1)) {
  try {
    output.outcomes.push([i, lintEntry(job, job.entries[i]!)]);
  } catch {
    // Left without an outcome: the main thread lints it again, so its error surfaces as itself.
  }
}
parentPort!.postMessage(output);
