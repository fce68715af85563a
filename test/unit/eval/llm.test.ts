import { describe, expect, it } from 'vitest';
import { evaluate, evaluateAll } from '../../../src/eval/evaluators/index.js';
import { context } from './helpers.js';

const choices = [
  { choice: 'good', score: 1 },
  { choice: 'meh', score: 0.5 },
  { choice: 'bad', score: 0 },
];
const judge = { name: 'judge', llm: { modelId: 'openai/gpt-4o-mini', prompt: 'Q: {{input}} A: {{completion}} ({{missing}})', systemPrompt: 'Grade {{input}}.', choices } };

describe('llm evaluators', () => {
  it('asks the judge with the templated prompt and the system prompt as written', async () => {
    const { ctx, requests } = context('  Paris \n', { input: 'capital?' }, ['Good']);
    expect(await evaluate(judge, ctx)).toEqual({ evaluatorName: 'judge', score: 1, passed: true, details: "LLM evaluation matched choice: 'good'" });
    expect(requests).toEqual([
      {
        model: 'openai/gpt-4o-mini',
        messages: [
          { role: 'system', content: 'Grade {{input}}.' },
          { role: 'user', content: 'Q: capital? A: Paris ({{missing}})' },
        ],
      },
    ]);
  });

  it.each<[string, string, number, boolean, string]>([
    ['a choice found in a longer reply', 'I would say MEH overall', 0.5, true, "LLM evaluation matched choice: 'meh'"],
    ['a choice scoring 0 fails', 'bad', 0, false, "LLM evaluation matched choice: 'bad'"],
    ['the first declared choice found wins', 'bad, not good', 1, true, "LLM evaluation matched choice: 'good'"],
    ['no choice found: the reply, trimmed and lowercased, in the details', '  No IDEA \n', 0, false, "LLM evaluation response 'no idea' did not match any defined choices"],
  ])('%s', async (_, reply, score, passed, details) => {
    expect(await evaluate(judge, context('x', {}, [reply]).ctx)).toEqual({ evaluatorName: 'judge', score, passed, details });
  });

  it('"1" declared before "10" makes "10" unreachable, as in gh', async () => {
    const spec = { name: 'scale', llm: { modelId: 'm', prompt: 'p', choices: [{ choice: '1', score: 0 }, { choice: '10', score: 1 }] } };
    expect(await evaluate(spec, context('x', {}, ['10']).ctx)).toMatchObject({ score: 0, passed: false, details: "LLM evaluation matched choice: '1'" });
  });

  it('a row key named completion gives way to the reply', async () => {
    const spec = { name: 'j', llm: { modelId: 'm', prompt: '{{completion}}|{{other}}', choices } };
    const { ctx, requests } = context('the reply', { completion: 'from the row', other: '{{completion}}' }, ['good']);
    await evaluate(spec, ctx);
    expect(requests[0]!.messages).toEqual([{ role: 'user', content: 'the reply|the reply' }]);
  });

  it('takes the default judge when modelId is absent, and needs one', async () => {
    const spec = { name: 'j', llm: { prompt: 'p', choices } };
    const { ctx, requests } = context('x', {}, ['good'], { defaultJudgeModel: 'judge-model' });
    await evaluate(spec, ctx);
    expect(requests[0]!.model).toBe('judge-model');
    await expect(evaluate(spec, context('x').ctx)).rejects.toMatchObject({
      code: 'input',
      message: 'Evaluator "j" names no llm.modelId, and no default judge is configured.',
      hint: 'Set llm.modelId, or eval.judge in .prompts/_config.yaml.',
    });
  });

  it('a judge that fails throws: the row errors, it is never a score', async () => {
    const failure = new Error('provider failed after retries');
    const ctx = { ...context('x').ctx, judge: async () => Promise.reject(failure) };
    await expect(evaluateAll([{ name: 'a', string: { contains: 'x' } }, judge], ctx)).rejects.toBe(failure);
  });

  it('no choices: never passes', async () => {
    const spec = { name: 'j', llm: { modelId: 'm', prompt: 'p' } };
    expect(await evaluate(spec, context('x', {}, ['5']).ctx)).toEqual({ evaluatorName: 'j', score: 0, passed: false, details: "LLM evaluation response '5' did not match any defined choices" });
  });
});

describe('built-in evaluators (uses: github/*)', () => {
  const row = { input: 'What is photosynthesis?', expected: 'Plants turn light into energy.' };

  // gh eval_test.go "plugin evaluator works with github/similarity": a judge answering "4" scores 0.75.
  it('github/similarity: "4" is 0.75 and passes', async () => {
    const { ctx, requests } = context('test response', { input: 'test question', expected: 'test answer' }, ['4']);
    expect(await evaluate({ name: 'similarity', uses: 'github/similarity' }, ctx)).toEqual({ evaluatorName: 'similarity', score: 0.75, passed: true, details: "LLM evaluation matched choice: '4'" });
    expect(requests[0]!.model).toBe('openai/gpt-4o');
    expect(requests[0]!.messages.map((m) => m.role)).toEqual(['system', 'user']);
    const prompt = requests[0]!.messages[1]!.content;
    for (const part of ['test question', 'test answer', 'test response']) expect(prompt).toContain(part);
    expect(prompt).not.toContain('{{');
  });

  it.each([
    ['1', 0, false],
    ['2', 0.25, true],
    ['3', 0.5, true],
    ['4', 0.75, true],
    ['5', 1, true],
  ])('the 1-5 scale: "%s" scores %d', async (reply, score, passed) => {
    expect(await evaluate({ name: 'fluency', uses: 'github/fluency' }, context('Fine prose.', row, [reply]).ctx)).toMatchObject({ score, passed });
  });

  it.each([
    ['github/similarity', ['input', 'expected', 'completion']],
    ['github/coherence', ['input', 'completion']],
    ['github/fluency', ['completion']],
    ['github/relevance', ['input', 'completion']],
    ['github/groundedness', ['expected', 'input', 'completion']],
  ])('%s puts %j in its prompt', async (uses, keys) => {
    const values: Record<string, string> = { input: 'INPUT-VALUE', expected: 'EXPECTED-VALUE', completion: 'COMPLETION-VALUE' };
    const { ctx, requests } = context(values.completion!, { input: values.input, expected: values.expected }, ['5']);
    expect(await evaluate({ name: uses, uses }, ctx)).toMatchObject({ score: 1, passed: true });
    const prompt = requests[0]!.messages[1]!.content;
    for (const key of ['input', 'expected', 'completion']) expect(prompt.includes(values[key]!)).toBe(keys.includes(key));
    expect(requests[0]!.messages[0]!.content).toMatch(/single digit from 1 to 5/);
  });

  it('a row without expected leaves the placeholder, as gh did', async () => {
    const { ctx, requests } = context('answer', { input: 'q' }, ['3']);
    await evaluate({ name: 's', uses: 'github/similarity' }, ctx);
    expect(requests[0]!.messages[1]!.content).toContain('{{expected}}');
  });

  it('the configured default judge replaces gh\'s openai/gpt-4o', async () => {
    const { ctx, requests } = context('answer', row, ['3'], { defaultJudgeModel: 'local/judge' });
    await evaluate({ name: 'c', uses: 'github/coherence' }, ctx);
    expect(requests[0]!.model).toBe('local/judge');
  });

  // examples/test_builtins.yml: all five built-ins on one row.
  it('examples/test_builtins.yml scores each built-in from its judge', async () => {
    const evaluators = ['similarity', 'coherence', 'fluency', 'relevance', 'groundedness'].map((n) => ({ name: `${n} test`, uses: `github/${n}` }));
    const { ctx, requests } = context('Photosynthesis converts light into chemical energy.', row, ['5', '4', '3', '2', '1']);
    const results = await evaluateAll(evaluators, ctx);
    expect(results.map((r) => [r.evaluatorName, r.score, r.passed])).toEqual([
      ['similarity test', 1, true],
      ['coherence test', 0.75, true],
      ['fluency test', 0.5, true],
      ['relevance test', 0.25, true],
      ['groundedness test', 0, false],
    ]);
    expect(requests).toHaveLength(5);
  });

  it.each(['github/similarty', 'github/Similarity', 'acme/similarity', 'similarity', 42])('unknown uses %j fails the check without a judge call', async (uses) => {
    const { ctx, requests } = context('x');
    expect(await evaluate({ name: 'u', uses }, ctx)).toEqual({ evaluatorName: 'u', score: 0, passed: false, details: `Plugin evaluator '${uses}' not found` });
    expect(requests).toEqual([]);
  });

  it('an unknown uses does not stop the others', async () => {
    const results = await evaluateAll([{ name: 'u', uses: 'github/nope' }, { name: 's', string: { contains: 'x' } }], context('x').ctx);
    expect(results.map((r) => r.passed)).toEqual([false, true]);
  });
});
