import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { lastUserMessage, startOpenAIServer, type OpenAIServer, type RecordedRequest } from '../../helpers/openai-server.js';
import { evalCliAsync, evalRepo } from './fixture.js';

const EXAMPLES = fileURLToPath(new URL('../../fixtures/gh-models-examples', import.meta.url));

/** What each judge says (a digit, as the built-ins ask), by the quality its system prompt names. */
const JUDGES: Record<string, string> = { similarity: '5', coherence: '4', fluency: '3', relevance: '2', groundedness: '1' };

/** The scripted replies: by the row's user message; judges by their system prompt. */
function answer(request: RecordedRequest) {
  const system = request.body?.messages?.find((m) => m.role === 'system')?.content ?? '';
  const judged = /^You grade the ([a-z]+)/.exec(system);
  if (judged) {
    const user = lastUserMessage(request);
    // The similarity judge of sample_prompt rates the goodbye row low.
    if (judged[1] === 'similarity' && user.includes('a friendly goodbye')) return { text: '1' };
    return { text: JUDGES[judged[1]!] ?? '3' };
  }
  const user = lastUserMessage(request);
  const replies: [string, string][] = [
    ['Cairo', 'The Nile.'],
    ['3 + 3', '6'],
    ['volcanoes', '{"title": "Volcanoes", "description": "Openings in the crust", "key_points": []}'],
    ['tides', '{"heading": "Tides", "points": []}'],
    ['oak', '{"name": "oak", "climate": "temperate", "kind": "tree"}'],
    ['basil', '{"name": "basil", "climate": "warm", "kind": "herb"}'],
    ['juniper', '{"name": "juniper", "kind": "shrub"}'],
    ['good morning', 'Good morning to you too!'],
    ['see you tomorrow', 'Bye!'],
    ['sky blue', 'Sunlight scatters off air molecules, blue light most.'],
    ['compiler', 'A compiler turns source code into machine code.'],
  ];
  const hit = replies.find(([key]) => user.includes(key));
  return hit ? { text: hit[1] } : { status: 404 };
}

let server: OpenAIServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Report {
  summary: { totalTests: number; passedTests: number };
  testResults: { evaluationResults: { evaluatorName: string; score: number; passed: boolean; details: string }[] }[];
}

async function run(file: string): Promise<{ code: number; report: Report; requests: RecordedRequest[] }> {
  server = await startOpenAIServer({ answer });
  const repo = evalRepo();
  cpSync(EXAMPLES, `${repo.dir}/examples`, { recursive: true });
  const r = await evalCliAsync(repo, [`examples/${file}`, '--json', '--concurrency', '1'], { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: 'sk-local' });
  expect(r.stderr).toBe('');
  return { code: r.code, report: JSON.parse(r.stdout) as Report, requests: server.requests };
}

/** Each row's [evaluator, score, passed]. */
const scores = (report: Report) => report.testResults.map((t) => t.evaluationResults.map((e) => [e.evaluatorName, e.score, e.passed]));

describe("gh-models' example files run end to end with gh's scoring", () => {
  it('failing_test_prompt: every check fails on every row (exit 1)', async () => {
    const { code, report } = await run('failing_test_prompt.yml');
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ totalTests: 2, passedTests: 0 });
    expect(scores(report)).toEqual([
      [['contains-never', 0, false], ['starts-with-never', 0, false]],
      [['contains-never', 0, false], ['starts-with-never', 0, false]],
    ]);
    expect(report.testResults[0]!.evaluationResults[1]!.details).toBe("Expected to start with: 'QQQQQ'");
  });

  it('json_response_prompt: asks for a JSON object; the reply with no title fails has-title', async () => {
    const { code, report, requests } = await run('json_response_prompt.yml');
    expect(code).toBe(1);
    expect(requests[0]!.body?.response_format).toEqual({ type: 'json_object' });
    expect(scores(report)).toEqual([
      [['looks-like-json', 1, true], ['has-title', 1, true]],
      [['looks-like-json', 1, true], ['has-title', 0, false]],
    ]);
  });

  it('json_schema_prompt: sends the schema as response_format; string checks score the replies', async () => {
    const { code, report, requests } = await run('json_schema_prompt.yml');
    expect(code).toBe(1);
    expect(requests[0]!.body?.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'plant_card', strict: true } });
    expect(report.summary).toMatchObject({ totalTests: 3, passedTests: 2 });
    expect(scores(report)[2]).toEqual([['has-name', 1, true], ['has-climate', 0, false]]);
  });

  it('sample_prompt: the templated contains check and the similarity judge on the 1-5 scale', async () => {
    const { code, report, requests } = await run('sample_prompt.yml');
    expect(code).toBe(1);
    expect(scores(report)).toEqual([
      [['string evaluator', 1, true], ['similarity check', 1, true]],
      [['string evaluator', 0, false], ['similarity check', 0, false]],
    ]);
    expect(report.testResults[0]!.evaluationResults[0]!.details).toBe("Expected to contain: 'morning'");
    // The judge is gh's default built-in model, asked with the row's expected answer and the reply.
    const judge = requests.find((q) => q.body?.messages?.[0]?.content.startsWith('You grade the similarity'))!;
    expect(judge.body?.model).toBe('gpt-4o');
    expect(lastUserMessage(judge)).toContain('a morning greeting');
    expect(lastUserMessage(judge)).toContain('Good morning to you too!');
  });

  it('test_builtins: 5, 4, 3, 2, 1 score 1, 0.75, 0.5, 0.25, 0; the 1 fails the row', async () => {
    const { code, report } = await run('test_builtins.yml');
    expect(code).toBe(1);
    expect(scores(report)).toEqual([
      [['similarity test', 1, true], ['coherence test', 0.75, true], ['fluency test', 0.5, true], ['relevance test', 0.25, true], ['groundedness test', 0, false]],
    ]);
  });

  it('test_single_evaluator: one fluency judge, the row passes (exit 0)', async () => {
    const { code, report } = await run('test_single_evaluator.yml');
    expect(code).toBe(0);
    expect(scores(report)).toEqual([[['fluency-test', 0.5, true]]]);
    expect(report.summary).toMatchObject({ totalTests: 1, passedTests: 1 });
  });
});
