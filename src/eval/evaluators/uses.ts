import { isScalarText, scalarText } from '../../core/evaluator-shape.js';
import { evaluatorMessages } from '../../messages/evaluators.js';
import { BUILTIN_JUDGE_MODEL, BUILTINS } from './builtins/index.js';
import { configError, type EvaluatorSite } from './errors.js';
import { compileJudge } from './llm.js';
import { binaryResult, type Scorer } from './scorer.js';

/**
 * A `uses:` evaluator. `github/<name>` (case-sensitive, as gh looked it up) is a built-in
 * judge; anything else fails its check with gh's detail and does not stop the run.
 */
export function compileUses(site: EvaluatorSite, value: unknown): Scorer {
  if (!isScalarText(value)) throw configError(site, evaluatorMessages.notText(site.label, 'uses', value), ['uses']);
  const uses = scalarText(value);
  const builtin = uses.startsWith('github/') && Object.hasOwn(BUILTINS, uses.slice('github/'.length)) ? BUILTINS[uses.slice('github/'.length)] : undefined;
  if (builtin) return compileJudge(site, builtin, BUILTIN_JUDGE_MODEL);
  const result = binaryResult(site.name, false, evaluatorMessages.pluginNotFound(uses));
  return async () => ({ ...result });
}
