import type { JudgeSpec } from '../llm.js';
import { FIVE_POINT_SCALE, judgeSystemPrompt } from './scale.js';

/** How close the answer is in meaning to the row's `expected` answer. */
export const similarity: JudgeSpec = {
  modelId: '',
  systemPrompt: judgeSystemPrompt('similarity to a reference answer'),
  prompt: `Rate how closely the ANSWER matches the REFERENCE in meaning. Wording, order and length do not matter; facts, claims and conclusions do.

5: says the same thing as the reference: every key fact is there and nothing contradicts it.
4: mostly the same: a minor detail is missing or loosely stated.
3: partly the same: some key facts match, others are missing or differ.
2: mostly different: it touches the topic but misses or contradicts most key facts.
1: not similar: unrelated, empty, or contradicting the reference.

QUESTION:
{{input}}

REFERENCE:
{{expected}}

ANSWER:
{{completion}}

Rating (1-5):`,
  choices: FIVE_POINT_SCALE,
};
