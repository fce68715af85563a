import { contractOf } from '../core/contract.js';
import { renderPrompt } from '../core/render.js';
import type { ParsedPrompt } from '../core/parse.js';
import type { PromptFile } from '../core/schema.js';
import { ProblemsError } from '../errors.js';
import { evalMessages as m } from '../messages/eval.js';
import { renderMessages } from '../messages/render.js';
import type { Answerer, AnswerSource } from './answerer.js';
import { evaluateAll } from './evaluators/index.js';
import { providerModel } from './providers/resolve.js';
import type { ProviderSpec } from './providers/types.js';
import type { TestResult } from './report.js';
import { requestBody } from './request.js';

/** A prompt to evaluate, as read from its state, with that state's partials. */
export interface EvalTarget {
  id: string;
  prompt: ParsedPrompt & { data: PromptFile };
  partials: Map<string, string>;
  /** The model the rows are sent to (--model, else the prompt's). */
  model: string;
}

export interface RowContext {
  spec: ProviderSpec;
  answer: Answerer;
  defaultJudgeModel?: string;
  signal: AbortSignal;
  /** Told of each answer's source (the summary counts them). */
  onAnswer: (from: AnswerSource) => void;
}

/**
 * One testData row: render with the row's values (only the names the contract knows; the rest
 * are for the evaluators), call the model, score the reply. A row that breaks the contract fails
 * with the contract's message and makes no call.
 */
export async function runRow(target: EvalTarget, row: Record<string, unknown>, index: number, repeat: number, ctx: RowContext): Promise<TestResult> {
  const { prompt, partials } = target;
  const contract = contractOf(prompt.data, partials);
  const values = Object.fromEntries(Object.entries(row).filter(([name]) => contract.has(name)));
  let rendered;
  try {
    rendered = renderPrompt(prompt, values, { partials });
  } catch (error) {
    // Only the values' problems are the row's; a broken template stops the run (exit 2).
    if (!(error instanceof ProblemsError) || error.message !== renderMessages.wrongVariables(prompt.file, error.problems.length)) throw error;
    const details = m.contractBroken(error.problems.map((p) => p.message));
    return { testCase: row, modelResponse: '', evaluationResults: [{ evaluatorName: 'contract', score: 0, passed: false, details }] };
  }
  const body = requestBody(rendered, target.model, ctx.spec);
  const reply = await ctx.answer(target.id, index, body, repeat, ctx.signal);
  ctx.onAnswer(reply.from);
  const evaluationResults = await evaluateAll(prompt.data.evaluators, {
    row,
    completion: reply.text,
    ...(prompt.data.jsonSchema === undefined ? {} : { jsonSchema: prompt.data.jsonSchema }),
    ...(ctx.defaultJudgeModel === undefined ? {} : { defaultJudgeModel: ctx.defaultJudgeModel }),
    judge: async (request) => {
      const judged = await ctx.answer(target.id, index, { model: providerModel(ctx.spec, request.model), messages: request.messages }, repeat, ctx.signal);
      ctx.onAnswer(judged.from);
      return judged.text;
    },
  });
  return { testCase: row, modelResponse: reply.text, evaluationResults };
}
