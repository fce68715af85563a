import type { JudgeSpec } from '../llm.js';
import { FIVE_POINT_SCALE, judgeSystemPrompt } from './scale.js';

/** Whether the answer holds together as a reply to the question: logical order, connected ideas. */
export const coherence: JudgeSpec = {
  modelId: '',
  systemPrompt: judgeSystemPrompt('coherence'),
  prompt: `Rate the coherence of the ANSWER as a reply to the QUESTION: do its ideas follow from one another in a clear, logical order, so that a reader can follow it from start to end? Judge the structure and the flow of reasoning, not whether the facts are true.

5: fully coherent: every part builds on the previous one, transitions are clear, and it reads as one argument that answers the question.
4: coherent: the order is logical and easy to follow, with a small jump or a loosely connected sentence.
3: partly coherent: the main thread can be followed, but some parts are out of place, repeated or weakly connected.
2: barely coherent: ideas are mostly disconnected or in a confusing order; the reader has to guess how they relate.
1: incoherent: fragments or statements with no logical connection, or nothing to do with the question.

QUESTION:
{{input}}

ANSWER:
{{completion}}

Rating (1-5):`,
  choices: FIVE_POINT_SCALE,
};
