import type { JudgeSpec } from '../llm.js';
import { coherence } from './coherence.js';
import { fluency } from './fluency.js';
import { groundedness } from './groundedness.js';
import { relevance } from './relevance.js';
import { similarity } from './similarity.js';

/** The `uses: github/<name>` evaluators: judges on a 1-5 scale, with promptgit's own prompts. */
export const BUILTINS: Readonly<Record<string, JudgeSpec>> = { similarity, coherence, fluency, relevance, groundedness };

/** gh's built-ins all asked this model when nothing else is configured. */
export const BUILTIN_JUDGE_MODEL = 'openai/gpt-4o';
