import { describe, expect, it } from 'vitest';
import { evaluate, evaluateAll } from '../../../src/eval/evaluators/index.js';
import { context } from './helpers.js';

type Case = [name: string, check: Record<string, unknown>, reply: string, row: Record<string, unknown>, score: number, details: string];

// gh cmd/eval/eval_test.go, "string evaluator works correctly": the same checks, replies and outcomes.
const GH_CASES: Case[] = [
  ['contains match', { contains: 'world' }, 'hello world', {}, 1, "Expected to contain: 'world'"],
  ['contains no match', { contains: 'world' }, 'hello there', {}, 0, "Expected to contain: 'world'"],
  ['equals match', { equals: 'exact' }, 'exact', {}, 1, "Expected exact match: 'exact'"],
  ['equals no match', { equals: 'exact' }, 'not exact', {}, 0, "Expected exact match: 'exact'"],
  ['starts with match', { startsWith: 'hello' }, 'hello world', {}, 1, "Expected to start with: 'hello'"],
  ['ends with match', { endsWith: 'world' }, 'hello world', {}, 1, "Expected to end with: 'world'"],
  ['contains with variable', { contains: '{{expected}}' }, 'hello world', { expected: 'world' }, 1, "Expected to contain: 'world'"],
  ['fails with variable not match', { contains: '{{expected}}' }, 'hello world', { expected: 'goodbye' }, 0, "Expected to contain: 'goodbye'"],
];

const RULES: Case[] = [
  ['equals is case-sensitive', { equals: 'Exact' }, 'exact', {}, 0, "Expected exact match: 'Exact'"],
  ['the reply is trimmed', { equals: 'exact' }, '  exact\n\n', {}, 1, "Expected exact match: 'exact'"],
  ['an equals value with a trailing newline never matches', { equals: 'exact\n' }, 'exact\n', {}, 0, "Expected exact match: 'exact\n'"],
  ['contains ignores case', { contains: 'WORLD' }, 'Hello World', {}, 1, "Expected to contain: 'WORLD'"],
  ['startsWith ignores case', { startsWith: 'HELLO' }, 'hello', {}, 1, "Expected to start with: 'HELLO'"],
  ['startsWith no match', { startsWith: 'ZZZZZ' }, 'hello', {}, 0, "Expected to start with: 'ZZZZZ'"],
  ['endsWith ignores case', { endsWith: 'WORLD.' }, 'hello world.', {}, 1, "Expected to end with: 'WORLD.'"],
  ['endsWith no match', { endsWith: 'x' }, 'hello', {}, 0, "Expected to end with: 'x'"],
  ['gh order: equals wins over contains', { contains: 'hello', equals: 'nope' }, 'hello', {}, 0, "Expected exact match: 'nope'"],
  ['gh order: contains before startsWith', { startsWith: 'zz', contains: 'ell' }, 'hello', {}, 1, "Expected to contain: 'ell'"],
  ['an empty check is skipped, as gh skipped ""', { equals: '', endsWith: 'lo' }, 'hello', {}, 1, "Expected to end with: 'lo'"],
  ['a null check is skipped', { equals: null, contains: 'he' }, 'hello', {}, 1, "Expected to contain: 'he'"],
  ['a number is compared as its text', { equals: 4 }, '4', {}, 1, "Expected exact match: '4'"],
  ['a number from the row', { equals: '{{n}}' }, '4', { n: 4 }, 1, "Expected exact match: '4'"],
  ['an unknown placeholder stays', { contains: '{{nope}}' }, 'hello', {}, 0, "Expected to contain: '{{nope}}'"],
  ['completion is not a string evaluator variable', { contains: '{{completion}}' }, 'hello', {}, 0, "Expected to contain: '{{completion}}'"],
  ['spaces in braces are not a placeholder', { contains: '{{ expected }}' }, 'hello', { expected: 'hello' }, 0, "Expected to contain: '{{ expected }}'"],
  ['a list from the row, as Go prints it', { contains: '{{tags}}' }, 'tags: [a b]', { tags: ['a', 'b'] }, 1, "Expected to contain: '[a b]'"],
  ['Go lowercases İ to i', { contains: 'istanbul' }, 'İSTANBUL', {}, 1, "Expected to contain: 'istanbul'"],
  // promptgit extensions.
  ['notContains passes', { notContains: 'sorry' }, 'Here you go', {}, 1, "Expected not to contain: 'sorry'"],
  ['notContains ignores case', { notContains: 'sorry' }, 'SORRY, no', {}, 0, "Expected not to contain: 'sorry'"],
  ['notContains is templated', { notContains: '{{bad}}' }, 'ok', { bad: 'ok' }, 0, "Expected not to contain: 'ok'"],
  ['regex matches', { regex: '^\\d{3}-\\d{4}$' }, ' 555-1234 ', {}, 1, 'Expected to match: /^\\d{3}-\\d{4}$/'],
  ['regex is case-sensitive', { regex: '^yes' }, 'Yes', {}, 0, 'Expected to match: /^yes/'],
  ['regex /…/flags', { regex: '/^yes\\b/i' }, 'Yes, sure', {}, 1, 'Expected to match: /^yes\\b/i'],
  ['regex g is harmless on every row', { regex: '/a/g' }, 'a', {}, 1, 'Expected to match: /a/g'],
  ['regex with a slash', { regex: 'a/b' }, 'a/b', {}, 1, 'Expected to match: /a/b/'],
  ['regex templated from the row', { regex: '^{{word}}$' }, 'cat', { word: 'cat' }, 1, 'Expected to match: /^cat$/'],
  ['gh checks come before the extensions', { regex: 'x', contains: 'h' }, 'hello', {}, 1, "Expected to contain: 'h'"],
];

describe('string evaluators', () => {
  it.each([...GH_CASES, ...RULES])('%s', async (_, check, reply, row, score, details) => {
    const { ctx } = context(reply, row);
    expect(await evaluate({ name: 'test', string: check }, ctx)).toEqual({ evaluatorName: 'test', score, passed: score === 1, details });
  });

  // gh eval_test.go "json output format": two evaluators over two replies.
  it('scores each evaluator in declared order, as gh\'s JSON test expects', async () => {
    const evaluators = [
      { name: 'contains-hello', string: { contains: 'hello' } },
      { name: 'exact-match', string: { equals: 'hello world' } },
    ];
    const first = await evaluateAll(evaluators, context('hello world', { input: 'hello', expected: 'hello world' }).ctx);
    expect(first.map((r) => [r.evaluatorName, r.score, r.passed])).toEqual([
      ['contains-hello', 1, true],
      ['exact-match', 1, true],
    ]);
    const second = await evaluateAll(evaluators, context('test output', { input: 'test', expected: 'test response' }).ctx);
    expect(second.map((r) => [r.score, r.passed])).toEqual([
      [0, false],
      [0, false],
    ]);
  });

  it('examples/failing_test_prompt.yml fails both checks', async () => {
    const evaluators = [
      { name: 'contains-impossible', string: { contains: 'this-text-will-never-appear-in-any-response' } },
      { name: 'starts-with-wrong', string: { startsWith: 'ZZZZZ' } },
    ];
    const results = await evaluateAll(evaluators, context('The capital of France is Paris.', { input: 'What is the capital of France?', expected: 'Paris' }).ctx);
    expect(results).toEqual([
      { evaluatorName: 'contains-impossible', score: 0, passed: false, details: "Expected to contain: 'this-text-will-never-appear-in-any-response'" },
      { evaluatorName: 'starts-with-wrong', score: 0, passed: false, details: "Expected to start with: 'ZZZZZ'" },
    ]);
  });

  it('no evaluators: no results', async () => {
    expect(await evaluateAll(undefined, context('x').ctx)).toEqual([]);
    expect(await evaluateAll([], context('x').ctx)).toEqual([]);
  });
});
