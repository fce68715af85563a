import type { EvaluateContext, JudgeRequest } from '../../../src/eval/evaluators/index.js';

/** A context whose judge answers from a list and records what it was asked. */
export function context(completion: string, row: Record<string, unknown> = {}, replies: string[] = [], extra: Partial<EvaluateContext> = {}) {
  const requests: JudgeRequest[] = [];
  const ctx: EvaluateContext = {
    row,
    completion,
    judge: async (request) => {
      requests.push(request);
      const reply = replies.shift();
      if (reply === undefined) throw new Error('the judge was not expected to be called');
      return reply;
    },
    ...extra,
  };
  return { ctx, requests };
}
