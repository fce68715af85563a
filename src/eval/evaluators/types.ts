/**
 * The contract between the eval runner and the evaluators: the runner calls the model and
 * hands each evaluator the row, the reply and a judge; an evaluator scores one reply.
 */

/** One scored check, in gh models eval's JSON shape. */
export interface EvaluationResult {
  evaluatorName: string;
  score: number;
  passed: boolean;
  details: string;
}

export interface JudgeMessage {
  role: 'system' | 'user';
  content: string;
}

/** A chat completion request an `llm` or built-in evaluator makes of a judge model. */
export interface JudgeRequest {
  /** The judge model as the evaluator names it (`modelId`), or the configured default judge. */
  model: string;
  messages: JudgeMessage[];
}

/**
 * Calls the judge model and gives its reply text. It goes through the same provider, cache,
 * recordings and retries as the prompt's own calls; a provider failure throws (the row errors),
 * it is never turned into a score.
 */
export type Judge = (request: JudgeRequest) => Promise<string>;

export interface EvaluateContext {
  /** The testData row as written (before the contract's defaults apply). */
  row: Readonly<Record<string, unknown>>;
  /** The model's reply text. */
  completion: string;
  /** The prompt's `jsonSchema` field (a JSON string), for the `json` evaluator. */
  jsonSchema?: string;
  judge: Judge;
  /** The judge model used when an evaluator names none (config `eval.judge`). */
  defaultJudgeModel?: string;
}
