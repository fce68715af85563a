import type { JudgeSpec } from '../llm.js';
import { FIVE_POINT_SCALE, judgeSystemPrompt } from './scale.js';

/** The language of the answer alone: grammar, word choice, readability. */
export const fluency: JudgeSpec = {
  modelId: '',
  systemPrompt: judgeSystemPrompt('fluency'),
  prompt: `Rate the fluency of the TEXT: grammar, spelling, word choice, sentence construction and how easily it reads. Judge only the language, not the content or whether it is correct.

5: polished: no errors, varied and precise vocabulary, sentences that flow naturally.
4: fluent: reads smoothly, with an occasional minor error or awkward phrase.
3: understandable: clear on the whole, but with several errors or stiff, repetitive phrasing.
2: hard going: frequent errors and broken sentences; the meaning takes effort to recover.
1: not fluent: mostly ungrammatical fragments, or unreadable.

TEXT:
{{completion}}

Rating (1-5):`,
  choices: FIVE_POINT_SCALE,
};
