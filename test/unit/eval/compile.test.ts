import { describe, expect, it } from 'vitest';
import { compileEvaluators, evaluate, evaluateAll, EvaluatorConfigError, rowPassed } from '../../../src/eval/evaluators/index.js';
import { context } from './helpers.js';

describe('evaluators that cannot run', () => {
  it.each<[string, unknown[], string, (string | number)[]]>([
    ['not a mapping', ['contains: x'], 'Evaluator evaluators[0] is not a mapping; an evaluator has a name and one of string, llm, uses or json.', ['evaluators', 0]],
    ['no kind', [{ name: 'a' }, { name: 'b' }], 'Evaluator "a" (evaluators[0]) has no check: give it one of string, llm, uses or json.', ['evaluators', 0]],
    ['a null kind is none (gh read it as absent)', [{ name: 'a', string: null }], 'Evaluator "a" (evaluators[0]) has no check: give it one of string, llm, uses or json.', ['evaluators', 0]],
    ['an empty uses is none', [{ uses: '' }], 'Evaluator evaluators[0] has no check: give it one of string, llm, uses or json.', ['evaluators', 0]],
    ['a string with no check', [{ name: 'ok', string: { contains: 'x' } }, { name: 's', string: {} }], 'Evaluator "s" (evaluators[1]) has a string check with nothing to compare: give it one of equals, contains, startsWith, endsWith, notContains or regex.', ['evaluators', 1, 'string']],
    ['a string whose checks are empty', [{ name: 's', string: { equals: '', contains: null } }], 'Evaluator "s" (evaluators[0]) has a string check with nothing to compare: give it one of equals, contains, startsWith, endsWith, notContains or regex.', ['evaluators', 0, 'string']],
    ['string is not a mapping', [{ name: 's', string: 'x' }], 'Evaluator "s" (evaluators[0]): string must be a mapping.', ['evaluators', 0, 'string']],
    ['a check that is a list', [{ name: 's', string: { contains: ['a'] } }], 'Evaluator "s" (evaluators[0]): string.contains must be a string, not ["a"].', ['evaluators', 0, 'string', 'contains']],
    ['a bad regex', [{ name: 'r', string: { regex: '(' } }], 'Evaluator "r" (evaluators[0]): regex "(" is not a valid regular expression (Invalid regular expression: /(/: Unterminated group).', ['evaluators', 0, 'string', 'regex']],
    ['a name that is a mapping', [{ name: { a: 1 }, uses: 'github/fluency' }], 'Evaluator evaluators[0]: name must be a string, not {"a":1}.', ['evaluators', 0, 'name']],
    ['llm choices not a list', [{ name: 'j', llm: { prompt: 'p', choices: 'good' } }], 'Evaluator "j" (evaluators[0]): llm.choices must be a list of { choice, score } mappings.', ['evaluators', 0, 'llm', 'choices']],
    ['a score that is text', [{ name: 'j', llm: { prompt: 'p', choices: [{ choice: 'a', score: '1' }] } }], 'Evaluator "j" (evaluators[0]): llm.choices[0].score must be a number, not "1".', ['evaluators', 0, 'llm', 'choices', 0, 'score']],
    ['a prompt that is a list', [{ name: 'j', llm: { prompt: ['p'] } }], 'Evaluator "j" (evaluators[0]): llm.prompt must be a string, not ["p"].', ['evaluators', 0, 'llm', 'prompt']],
    ['uses that is a list', [{ name: 'u', uses: ['github/fluency'] }], 'Evaluator "u" (evaluators[0]): uses must be a string, not ["github/fluency"].', ['evaluators', 0, 'uses']],
  ])('%s', (_, evaluators, message, path) => {
    const error = (() => {
      try {
        compileEvaluators(evaluators);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EvaluatorConfigError);
    expect(error).toMatchObject({ message, path, code: 'input', exitCode: 2 });
  });

  it('evaluateAll refuses before any judge is called', async () => {
    const { ctx, requests } = context('x', {}, ['good']);
    await expect(evaluateAll([{ name: 'j', uses: 'github/fluency' }, { name: 'bad' }], ctx)).rejects.toBeInstanceOf(EvaluatorConfigError);
    expect(requests).toEqual([]);
  });

  it('evaluate of one entry names it without an index', async () => {
    await expect(evaluate({ name: 'x' }, context('x').ctx)).rejects.toMatchObject({ message: 'Evaluator "x" has no check: give it one of string, llm, uses or json.', path: undefined });
  });
});

describe('several kinds in one entry', () => {
  it('runs the first in gh\'s order: string, llm, uses, json', async () => {
    const { ctx, requests } = context('hello', {}, ['good']);
    const [result] = await evaluateAll([{ name: 'both', uses: 'github/fluency', string: { contains: 'hell' }, json: {} }], ctx);
    expect(result).toEqual({ evaluatorName: 'both', score: 1, passed: true, details: "Expected to contain: 'hell'" });
    expect(requests).toEqual([]);
  });
});

describe('rowPassed', () => {
  it('needs every evaluator to pass; no evaluators pass', () => {
    const pass = { evaluatorName: 'a', score: 1, passed: true, details: '' };
    expect(rowPassed([pass, { ...pass, passed: false }])).toBe(false);
    expect(rowPassed([pass])).toBe(true);
    expect(rowPassed([])).toBe(true);
  });
});

describe('compileEvaluators', () => {
  it('prepares a prompt\'s evaluators once for all its rows', () => {
    const evaluators = [{ name: 'a', string: { regex: 'x' } }];
    expect(compileEvaluators(evaluators)).toBe(compileEvaluators(evaluators));
  });
});
