import { isScalarText, regexParts, scalarText, stringChecksOf, type StringCheck } from '../../core/evaluator-shape.js';
import { evaluatorMessages } from '../../messages/evaluators.js';
import { configError, type EvaluatorSite } from './errors.js';
import { goToLower, goTrimSpace } from './go-text.js';
import { templateText } from './template.js';
import { binaryResult, type Scorer } from './scorer.js';

/** A test of the trimmed reply against the templated value, and the details that say what it expected. */
type Test = (reply: string, value: string) => { passed: boolean; details: string };

// gh's rules: equals is exact and case-sensitive, the other three compare lowercase.
const TESTS: Record<Exclude<StringCheck, 'regex'>, Test> = {
  equals: (reply, value) => ({ passed: reply === value, details: evaluatorMessages.equals(value) }),
  contains: (reply, value) => ({ passed: goToLower(reply).includes(goToLower(value)), details: evaluatorMessages.contains(value) }),
  startsWith: (reply, value) => ({ passed: goToLower(reply).startsWith(goToLower(value)), details: evaluatorMessages.startsWith(value) }),
  endsWith: (reply, value) => ({ passed: goToLower(reply).endsWith(goToLower(value)), details: evaluatorMessages.endsWith(value) }),
  notContains: (reply, value) => ({ passed: !goToLower(reply).includes(goToLower(value)), details: evaluatorMessages.notContains(value) }),
};

/**
 * A `string` evaluator: the first check set (gh's order) is the one that runs, its value
 * templated with the row. A regex compiles once, unless the row fills it in.
 */
export function compileString(site: EvaluatorSite, spec: Record<string, unknown>): Scorer {
  const check = stringChecksOf(spec)[0];
  if (check === undefined) throw configError(site, evaluatorMessages.noStringCheck(site.label), ['string']);
  const raw = spec[check];
  if (!isScalarText(raw)) throw configError(site, evaluatorMessages.notText(site.label, `string.${check}`, raw), ['string', check]);
  const text = scalarText(raw);
  const name = site.name;
  if (check === 'regex') {
    const fixed = text.includes('{{') ? undefined : compileRegex(site, text);
    return async (ctx) => {
      const { regex, details } = fixed ?? compileRegex(site, templateText(text, ctx.row));
      return binaryResult(name, regex.test(goTrimSpace(ctx.completion)), details);
    };
  }
  const test = TESTS[check];
  return async (ctx) => {
    const { passed, details } = test(goTrimSpace(ctx.completion), templateText(text, ctx.row));
    return binaryResult(name, passed, details);
  };
}

function compileRegex(site: EvaluatorSite, text: string): { regex: RegExp; details: string } {
  const { source, flags } = regexParts(text);
  try {
    // g and y make test() remember where it stopped: one reply is tested once, from its start.
    return { regex: new RegExp(source, flags.replace(/[gy]/g, '')), details: evaluatorMessages.regex(source, flags) };
  } catch (error) {
    throw configError(site, evaluatorMessages.badRegex(site.label, JSON.stringify(text), (error as Error).message), ['string', 'regex']);
  }
}
