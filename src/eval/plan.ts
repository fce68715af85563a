import { locate } from '../core/positions.js';
import { InputError } from '../errors.js';
import { evalMessages as m } from '../messages/eval.js';
import { compileEvaluators, EvaluatorConfigError } from './evaluators/index.js';
import type { PlannedRow, PlannedTarget } from './run.js';
import { inShard, type Shard } from './shard.js';
import type { NamedPrompt } from './targets.js';

export interface PlanOptions {
  model?: string;
  filter?: string;
  shard?: Shard;
  /** The echo provider needs no model name. */
  echo: boolean;
}

/** Whether a row's values mention the --filter text (case-insensitive). */
function matches(row: Record<string, unknown>, filter: string): boolean {
  const needle = filter.toLowerCase();
  return Object.values(row).some((v) => (typeof v === 'string' ? v : JSON.stringify(v) ?? '').toLowerCase().includes(needle));
}

/** The evaluators must be runnable before any model is called: their errors name the file and line. */
function checkEvaluators(named: NamedPrompt): void {
  try {
    compileEvaluators(named.prompt.data.evaluators);
  } catch (error) {
    if (!(error instanceof EvaluatorConfigError)) throw error;
    const line = error.path ? locate(named.prompt.doc, named.prompt.lineCounter, error.path).start.line : undefined;
    throw new InputError(`${named.prompt.file}${line ? `:${line}` : ''}: ${error.message}`, { file: named.prompt.file, ...(line ? { line } : {}), ...(error.hint ? { hint: error.hint } : {}), cause: error });
  }
}

/** The model a prompt's rows go to: --model, else the prompt's; the echo provider needs none. */
export function modelOf(named: NamedPrompt, options: PlanOptions): string {
  const model = options.model ?? named.prompt.data.model;
  if (model !== undefined) return model;
  if (options.echo) return 'echo';
  throw new InputError(m.noModel(named.label), { file: named.prompt.file, hint: m.noModelHint });
}

/** The rows a prompt runs: its testData, less those --filter or --shard leave out; each keeps its testData index. */
export function plannedRows(named: NamedPrompt, rows: readonly Record<string, unknown>[], options: PlanOptions): PlannedRow[] {
  return rows
    .map((row, index) => ({ index, row }))
    .filter(({ row }) => (options.filter === undefined || matches(row, options.filter)) && (options.shard === undefined || inShard(options.shard, named.id, row)));
}

/** One target per named prompt, checked before anything runs (exit 2 with no model call). */
export function planTargets(prompts: readonly NamedPrompt[], options: PlanOptions): PlannedTarget[] {
  return prompts.map((named) => {
    const testData = named.prompt.data.testData;
    if (!testData || testData.length === 0) throw new InputError(m.promptNoTestData(named.label), { file: named.prompt.file, hint: m.noTestDataHint });
    checkEvaluators(named);
    return { key: named.label, id: named.id, prompt: named.prompt, partials: named.partials, model: modelOf(named, options), rows: plannedRows(named, testData, options) };
  });
}
