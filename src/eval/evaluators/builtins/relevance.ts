import type { JudgeSpec } from '../llm.js';
import { FIVE_POINT_SCALE, judgeSystemPrompt } from './scale.js';

/** Whether the answer addresses what was asked, completely and without wandering off. */
export const relevance: JudgeSpec = {
  modelId: '',
  systemPrompt: judgeSystemPrompt('relevance'),
  prompt: `Rate how relevant the ANSWER is to the QUESTION: does it address what was asked, completely and accurately, without drifting to other topics?

5: fully relevant: answers every part of the question directly and adds only useful, related insight.
4: relevant: answers the question completely, with no significant gaps or digressions.
3: partly relevant: addresses the question but leaves out an essential part of it.
2: barely relevant: attempts the question but is mostly off target or wrong about what it asks.
1: irrelevant: does not address the question at all.

QUESTION:
{{input}}

ANSWER:
{{completion}}

Rating (1-5):`,
  choices: FIVE_POINT_SCALE,
};
