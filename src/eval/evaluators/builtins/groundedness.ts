import type { JudgeSpec } from '../llm.js';
import { FIVE_POINT_SCALE, judgeSystemPrompt } from './scale.js';

/** Whether the answer rests on the given context (the row's `expected`) and nothing else. */
export const groundedness: JudgeSpec = {
  modelId: '',
  systemPrompt: judgeSystemPrompt('groundedness'),
  prompt: `Rate how well the ANSWER to the QUESTION is grounded in the CONTEXT: is every claim it makes supported by the context, and does it use the context to answer? Knowledge from outside the context does not count as support.

5: fully grounded: answers the question completely, and every claim is supported by the context.
4: grounded but incomplete: what it says is supported by the context, but it leaves out details the context gives.
3: partly grounded: it answers, but some claims are not supported by the context or misstate it.
2: on topic but ungrounded: it relates to the context without answering the question from it.
1: not grounded: unrelated to the context, or contradicting it.

CONTEXT:
{{expected}}

QUESTION:
{{input}}

ANSWER:
{{completion}}

Rating (1-5):`,
  choices: FIVE_POINT_SCALE,
};
