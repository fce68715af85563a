import { isMapping, isScalarText, scalarText } from '../../core/evaluator-shape.js';
import { evaluatorMessages } from '../../messages/evaluators.js';
import { configError, type EvaluatorSite } from './errors.js';
import { goToLower, goTrimSpace } from './go-text.js';
import type { Scorer } from './scorer.js';
import { templateText } from './template.js';
import type { EvaluateContext, JudgeMessage } from './types.js';

/** A judge's scale: the first choice found in its lowercased reply gives the score. */
export interface Choice {
  choice: string;
  score: number;
}

/** An llm evaluator as gh models eval read it. */
export interface JudgeSpec {
  modelId: string;
  prompt: string;
  systemPrompt: string;
  choices: readonly Choice[];
}

/** Reads an `llm:` mapping; a field gh could not have read into its Go type is an error. */
export function readJudgeSpec(site: EvaluatorSite, spec: Record<string, unknown>): JudgeSpec {
  const text = (key: string): string => {
    const value = spec[key];
    if (!isScalarText(value)) throw configError(site, evaluatorMessages.notText(site.label, `llm.${key}`, value), ['llm', key]);
    return scalarText(value);
  };
  const choices = spec.choices ?? [];
  if (!Array.isArray(choices) || !choices.every((c) => c === null || isMapping(c))) throw configError(site, evaluatorMessages.badChoices(site.label), ['llm', 'choices']);
  return {
    modelId: text('modelId'),
    prompt: text('prompt'),
    systemPrompt: text('systemPrompt'),
    choices: choices.map((item: Record<string, unknown> | null, i) => {
      const choice = item?.choice;
      const score = item?.score ?? 0;
      if (!isScalarText(choice)) throw configError(site, evaluatorMessages.notText(site.label, `llm.choices[${i}].choice`, choice), ['llm', 'choices', i, 'choice']);
      if (typeof score !== 'number') throw configError(site, evaluatorMessages.badScore(site.label, i, score), ['llm', 'choices', i, 'score']);
      return { choice: scalarText(choice), score };
    }),
  };
}

/**
 * Scores with a judge model. Its prompt is templated with the row and `completion` (the
 * system prompt is sent as written); the judge's reply, trimmed and lowercased, is searched
 * for each choice in declared order, and the first found gives the score: "1" before "10"
 * makes "10" unreachable, as it did in gh. A judge that fails throws: the row errors.
 * `fallbackModel` is the judge of a built-in when neither the evaluator nor the config names one.
 */
export function compileJudge(site: EvaluatorSite, spec: JudgeSpec, fallbackModel?: string): Scorer {
  const choices = spec.choices.map((c) => ({ ...c, lower: goToLower(c.choice) }));
  return async (ctx) => {
    const model = spec.modelId || ctx.defaultJudgeModel || fallbackModel;
    if (!model) throw configError(site, evaluatorMessages.noJudgeModel(site.label), ['llm'], evaluatorMessages.noJudgeModelHint);
    const messages: JudgeMessage[] = [];
    if (spec.systemPrompt !== '') messages.push({ role: 'system', content: spec.systemPrompt });
    messages.push({ role: 'user', content: templateText(spec.prompt, judgeData(ctx)) });
    const reply = goToLower(goTrimSpace(await ctx.judge({ model, messages })));
    const hit = choices.find((c) => reply.includes(c.lower));
    if (hit) return { evaluatorName: site.name, score: hit.score, passed: hit.score > 0, details: evaluatorMessages.choiceMatched(hit.choice) };
    return { evaluatorName: site.name, score: 0, passed: false, details: evaluatorMessages.noChoiceMatched(reply) };
  };
}

/** The row's values, then the reply as `completion` (last: a row key of that name gives way to it). */
function judgeData(ctx: EvaluateContext): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ctx.row)) if (key !== 'completion') data[key] = value;
  data.completion = goTrimSpace(ctx.completion);
  return data;
}
