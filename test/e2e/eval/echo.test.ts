import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GREET, evalCli, evalRepo } from './fixture.js';

const ECHO = ['--provider', 'echo'];
/** GREET with Bob's row expecting what the echo never says. */
const FAILING = GREET.replace('expected: Hello Bob', 'expected: Goodbye Bob');

describe('promptgit eval with the echo provider (no model at all)', () => {
  it('prints a header, a line per row and the summary, and exits 0 when every row passes', () => {
    const repo = evalRepo();
    const r = evalCli(repo, ['greet', ...ECHO]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      ['greet: Greeter', '  Description: Says hello', '  Model: openai/gpt-4o-mini', '  Test cases: 2', '', '  ✓ row 1: name=Ada, expected=hello ada', '  ✓ row 2: name=Bob, expected=Hello Bob', '', '  Passed: 2/2 (100.00%) All tests passed.', ''].join('\n'),
    );
  });

  it('exits 1 on a failing row and shows its reply and the evaluator table', () => {
    const repo = evalRepo({ '.prompts/greet.yaml': FAILING });
    const r = evalCli(repo, ECHO);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  ✗ row 2: name=Bob, expected=Goodbye Bob\n      Model Response: Hello Bob\n');
    expect(r.stdout).toMatch(/EVALUATION\s+RESULT\s+SCORE\s+CRITERIA/);
    expect(r.stdout).toMatch(/greets\s+✗\s+0\.00\s+Expected to contain: 'Goodbye Bob'/);
    expect(r.stdout).toMatch(/exact\s+✓\s+1\.00/);
    expect(r.stdout).toContain('Passed: 1/2 (50.00%)');
  });

  it("--json prints gh models eval's shape for one prompt, and an array with ids for several", () => {
    const repo = evalRepo({ '.prompts/greet.yaml': FAILING, '.prompts/other/hi.prompt.yml': GREET.replace('Greeter', 'Other') });
    const one = JSON.parse(evalCli(repo, ['greet', '--json', ...ECHO]).stdout);
    expect(Object.keys(one)).toEqual(['name', 'description', 'model', 'testResults', 'summary']);
    expect(one.summary).toEqual({ totalTests: 2, passedTests: 1, failedTests: 1, passRate: 50 });
    expect(one.testResults[1]).toEqual({
      testCase: { name: 'Bob', expected: 'Goodbye Bob' },
      modelResponse: 'Hello Bob',
      evaluationResults: [
        { evaluatorName: 'greets', score: 0, passed: false, details: "Expected to contain: 'Goodbye Bob'" },
        { evaluatorName: 'exact', score: 1, passed: true, details: "Expected exact match: 'Hello Bob'" },
      ],
    });
    const all = JSON.parse(evalCli(repo, ['--json', ...ECHO]).stdout);
    expect(all.map((p: { id: string }) => p.id)).toEqual(['greet', 'other/hi']);
    expect(all[1].summary.passRate).toBe(100);
  });

  it('fails a row that breaks the contract with its message, and still runs the others', () => {
    const repo = evalRepo({ '.prompts/greet.yaml': GREET.replace('  - name: Bob\n', '  - nmae: Bob\n') });
    const r = evalCli(repo, ['greet', '--json', ...ECHO]);
    expect(r.code).toBe(1);
    const row = JSON.parse(r.stdout).testResults[1];
    expect(row.modelResponse).toBe('');
    expect(row.evaluationResults).toHaveLength(1);
    expect(row.evaluationResults[0]).toMatchObject({ evaluatorName: 'contract', passed: false, score: 0 });
    expect(row.evaluationResults[0].details).toMatch(/contract.*name/i);
  });

  it('evaluates a file by path outside .prompts/, and a released version by ref', () => {
    const repo = evalRepo({ 'docs/drafts/greet.prompt.yml': FAILING });
    const byPath = evalCli(repo, ['docs/drafts/greet.prompt.yml', ...ECHO]);
    expect(byPath.code).toBe(1);
    expect(byPath.stdout.split('\n')[0]).toBe('docs/drafts/greet.prompt.yml: Greeter');
    repo.git('tag', '-a', 'prompts/greet@1.0.0', '-m', 'greet 1.0.0');
    repo.write({ '.prompts/greet.yaml': FAILING });
    repo.commit('break greet');
    expect(evalCli(repo, ['greet', ...ECHO]).code).toBe(1);
    const released = evalCli(repo, ['greet@1.0.0', ...ECHO]);
    expect(released.code).toBe(0);
    expect(released.stdout.split('\n')[0]).toBe('greet@1.0.0: Greeter');
    expect(evalCli(repo, ['greet@HEAD~1', ...ECHO]).code).toBe(0);
  });

  it('--filter runs only the rows whose values contain the text', () => {
    const repo = evalRepo({ '.prompts/greet.yaml': FAILING });
    const r = evalCli(repo, ['--filter', 'ada', ...ECHO]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Passed: 1/1');
    const none = evalCli(repo, ['--filter', 'nobody', ...ECHO]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No testData row matches --filter "nobody".');
  });

  it('writes --output-file atomically and prints the summary instead', () => {
    const repo = evalRepo({ '.prompts/greet.yaml': FAILING });
    const r = evalCli(repo, ['--format', 'junit', '--output-file', 'out/eval results.xml', ...ECHO]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('Wrote the report to out/eval results.xml. Passed: 1/2 (50.00%).\n');
    const xml = readFileSync(path.join(repo.dir, 'out/eval results.xml'), 'utf8');
    expect(xml).toContain('<testsuite name="greet" tests="2" failures="1"');
    expect(xml).toContain('<failure message="greets: Expected to contain: &apos;Goodbye Bob&apos;"');
  });

  it('--format github annotates failing rows at the file; markdown gives a table', () => {
    const repo = evalRepo({ '.prompts/greet.yaml': FAILING });
    const gh = evalCli(repo, ['--format', 'github', ...ECHO]);
    expect(gh.stdout).toMatch(/^::error file=\.prompts\/greet\.yaml,title=greet row 2%3A name=Bob%2C expected=Goodbye Bob::greets: Expected to contain: 'Goodbye Bob'%0AModel Response: Hello Bob$/m);
    expect(gh.stdout).toContain('::notice file=.prompts/greet.yaml,title=eval greet::Passed: 1/2 (50.00%25)');
    const md = evalCli(repo, ['--format', 'markdown', ...ECHO]);
    expect(md.stdout).toContain('| greet | openai/gpt-4o-mini | 1/2 | 50.00% |');
    expect(md.stdout).toContain('### greet: failing rows');
  });

  it('works in a repository whose path has spaces and accents', () => {
    const repo = evalRepo({}, 'promptgit é t ');
    const r = evalCli(repo, ECHO);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Passed: 2/2');
  });
});

describe('promptgit eval: what stops a run before any model call (exit 2)', () => {
  it('names the variable to set when the provider needs a key', () => {
    const repo = evalRepo();
    const r = evalCli(repo, []);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('error: The openai provider needs an API key and OPENAI_API_KEY is not set.');
    expect(r.stderr).toContain('hint: Set OPENAI_API_KEY');
  });

  it('an unknown provider, conflicting or bad flags', () => {
    const repo = evalRepo();
    expect(evalCli(repo, ['--provider', 'nope']).stderr).toContain('Unknown provider "nope"');
    expect(evalCli(repo, ['--record', '--replay', ...ECHO]).stderr).toContain('--record and --replay cannot be used together.');
    expect(evalCli(repo, ['--concurrency', '0', ...ECHO]).stderr).toContain('--concurrency must be a whole number of 1 or more, not "0".');
    expect(evalCli(repo, ['--shard', '3/2', ...ECHO]).stderr).toContain('--shard must be <i>/<n>');
    for (const args of [['--provider', 'nope'], ['--record', '--replay'], ['--concurrency', '0'], ['--shard', '3/2'], ['--cache', 'sometimes']]) {
      const r = evalCli(repo, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('an evaluator that cannot run names the file and line', () => {
    const repo = evalRepo({ '.prompts/greet.yaml': GREET.replace('      equals: "Hello {{name}}"\n', '      equalz: "Hello {{name}}"\n') });
    const r = evalCli(repo, ECHO);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: \.prompts\/greet\.yaml:2\d: /m);
  });

  it('a prompt named with no testData, a path that is no file, and no prompt with testData at all', () => {
    const repo = evalRepo({ '.prompts/bare.yaml': 'messages:\n  - role: user\n    content: hi\n' });
    const bare = evalCli(repo, ['bare', ...ECHO]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('bare has no testData to evaluate.');
    const missing = evalCli(repo, ['nowhere/x.prompt.yml', ...ECHO]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere/x.prompt.yml is neither a prompt id nor a prompt file.');
    repo.git('rm', '-q', '.prompts/greet.yaml');
    const none = evalCli(repo, ECHO);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No prompt has testData to evaluate.');
    expect(existsSync(path.join(repo.dir, '.promptgit'))).toBe(false);
  });
});
