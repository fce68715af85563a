import type { Comparison } from '../compare.js';
import type { PromptReport, RunTotals, TestResult } from '../report.js';

export interface LabelledReport {
  label: string;
  /** The prompt's file, for annotations. */
  file?: string;
  report: PromptReport;
  /** With --compare: what the change did to each row. */
  comparison?: Comparison;
}

/** What every format writes: each prompt's report and the run's totals. */
export interface EvalOutput {
  prompts: LabelledReport[];
  totals: RunTotals;
  quiet?: boolean;
  /** JSON: an array even for one prompt (shard reports). */
  array?: boolean;
}

export type EvalFormatter = (output: EvalOutput) => string;

/** A row as a short name: its index (1-based) and its first values. */
export function rowName(result: TestResult, position: number): string {
  const n = (result.index ?? position) + 1;
  const values = Object.entries(result.testCase)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
  const short = values.length > 60 ? `${values.slice(0, 60)}...` : values;
  return `row ${n}${result.repeat === undefined ? '' : ` (repeat ${result.repeat + 1})`}${short ? `: ${short}` : ''}`;
}

/** gh's preview of a failing reply: the first 100 characters. */
export function preview(reply: string): string {
  return reply.length > 100 ? `${reply.slice(0, 100)}...` : reply;
}

export function percent(rate: number): string {
  return `${rate.toFixed(2)}%`;
}

/** `3 answers from the cache, 2 from the model` (only the sources used). */
export function sources(totals: RunTotals): string {
  const parts: string[] = [];
  if (totals.fromCache > 0) parts.push(`${totals.fromCache} from the cache`);
  if (totals.fromRecording > 0) parts.push(`${totals.fromRecording} from recordings`);
  if (totals.fromModel > 0) parts.push(`${totals.fromModel} from the model`);
  const n = totals.fromCache + totals.fromRecording + totals.fromModel;
  return n === 0 ? '' : `Answers: ${parts.join(', ')}.`;
}
