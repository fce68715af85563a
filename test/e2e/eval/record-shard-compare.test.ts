import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GREET, evalCli, evalRepo } from './fixture.js';

const ECHO = ['--provider', 'echo'];
const FAILING = GREET.replace('expected: Hello Bob', 'expected: Goodbye Bob');
const THREE_ROWS = GREET.replace('  - name: Bob\n    expected: Hello Bob\n', '  - name: Bob\n    expected: Hello Bob\n  - name: Cy\n    expected: Hello Cy\n');

describe('promptgit eval --record and --replay', () => {
  it('records every answer in a stable file, and a replay gives the same report with no provider', () => {
    const repo = evalRepo();
    const recorded = evalCli(repo, ['--record', ...ECHO]);
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toContain('Recorded the answers in .prompts/_recordings/greet.jsonl');
    const file = path.join(repo.dir, '.prompts/_recordings/greet.jsonl');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => l.hash)).toEqual([...lines.map((l) => l.hash)].sort());
    expect(lines.map((l) => l.answer).sort()).toEqual(['Hello Ada', 'Hello Bob']);
    expect(Object.keys(lines[0])).toEqual(['hash', 'model', 'answer']);
    // Recording again changes nothing: the file is byte for byte the same.
    const before = readFileSync(file, 'utf8');
    expect(evalCli(repo, ['--record', ...ECHO]).stderr).toContain('Nothing new to record');
    expect(readFileSync(file, 'utf8')).toBe(before);
    // No key, no provider: the replay answers from the committed recordings.
    const replay = evalCli(repo, ['--replay', '--json']);
    expect(replay.code).toBe(0);
    expect(replay.stderr).toBe('');
    const echo = JSON.parse(evalCli(repo, ['--json', ...ECHO]).stdout);
    expect(JSON.parse(replay.stdout)).toEqual(echo);
  });

  it('a replay with no recorded answer for a row exits 3 and names the prompt, the row and the file', () => {
    const repo = evalRepo();
    evalCli(repo, ['--record', ...ECHO]);
    repo.write({ '.prompts/greet.yaml': THREE_ROWS });
    const r = evalCli(repo, ['--replay']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/error: No recorded answer for greet row 3 \(request [0-9a-f]{12}\) in \.prompts\/_recordings\/greet\.jsonl\./);
    expect(r.stderr).toContain('hint: Run "promptgit eval --record"');
  });
});

describe('promptgit eval --shard and --merge', () => {
  it('splits the rows the same way on every runner, and the merge is the whole run', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `  - name: N${i}\n    expected: Hello N${i}\n`).join('');
    const many = GREET.replace(/testData:\n[\s\S]*?evaluators:/, `testData:\n${rows}evaluators:`).replace('expected: Hello N3', 'expected: nope');
    const repo = evalRepo({ '.prompts/greet.yaml': many, '.prompts/b.yaml': GREET });
    const shards = [1, 2, 3].map((i) => evalCli(repo, ['--shard', `${i}/3`, '--json', '--output-file', `shard-${i}.json`, ...ECHO]));
    const reports = [1, 2, 3].map((i) => JSON.parse(readFileSync(path.join(repo.dir, `shard-${i}.json`), 'utf8')));
    // Each shard's report is an array, its rows carry their testData index; together they hold each row once.
    const indexes = reports.flatMap((r) => r.filter((p: { id: string }) => p.id === 'greet').flatMap((p: { testResults: { index: number }[] }) => p.testResults.map((t) => t.index)));
    expect([...indexes].sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    expect(shards.filter((s) => s.code === 1)).toHaveLength(1);
    // The same split again, even with the prompts' files in another order.
    const again = evalCli(repo, ['b', 'greet', '--shard', '2/3', '--json', ...ECHO]);
    const sameRows = (r: { id: string; testResults: { index: number }[] }[]) => r.find((p) => p.id === 'greet')?.testResults.map((t) => t.index) ?? [];
    expect(sameRows(JSON.parse(again.stdout))).toEqual(sameRows(reports[1]));
    const merged = evalCli(repo, ['--merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--json']);
    expect(merged.code).toBe(1);
    const whole = JSON.parse(merged.stdout);
    const greet = whole.find((p: { id: string }) => p.id === 'greet');
    expect(greet.summary).toEqual({ totalTests: 12, passedTests: 11, failedTests: 1, passRate: (11 / 12) * 100 });
    expect(greet.testResults.map((t: { index: number }) => t.index)).toEqual([...Array(12).keys()]);
  });

  it('--merge of a file that is no report exits 2 naming it', () => {
    const repo = evalRepo({ 'junk.json': '{"hello": 1}' });
    const r = evalCli(repo, ['--merge', 'junk.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cannot merge junk.json: it is not a promptgit eval JSON report.');
    expect(evalCli(repo, ['--merge', 'missing.json']).stderr).toContain('Cannot merge missing.json: no such file.');
    expect(evalCli(repo, ['--merge']).code).toBe(2);
  });
});

describe('promptgit eval --compare', () => {
  it('reports each row as regressed, fixed, unchanged or new against the prompt at a ref, and exits 1 on a regression', () => {
    const repo = evalRepo({ '.prompts/greet.yaml': FAILING });
    // The change: Bob is now greeted as expected (fixed), Ada fails both before and after (unchanged), Cy is a new row.
    // Both sides are scored by the current evaluators.
    const changed = FAILING.replace('content: "Hello {{name}}"', 'content: "Goodbye {{name}}"').replace('      equals: "Hello {{name}}"\n', '      startsWith: "Goodbye"\n').replace('  - name: Bob\n    expected: Goodbye Bob\n', '  - name: Bob\n    expected: Goodbye Bob\n  - name: Cy\n    expected: Goodbye Cy\n');
    repo.write({ '.prompts/greet.yaml': changed });
    const r = evalCli(repo, ['--compare', 'HEAD', '--json', ...ECHO]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.comparison.counts).toEqual({ regressed: 0, fixed: 1, unchanged: 1, new: 1 });
    const text = evalCli(repo, ['--compare', 'HEAD', ...ECHO]);
    expect(text.stdout).toContain('Compared with HEAD: 0 regressed, 1 fixed, 1 unchanged, 1 new');
    expect(text.stdout).toMatch(/✓ fixed\s+name=Bob, expected=Goodbye Bob/);
  });

  it('a regression exits 1 and says so; markdown gives a pull-request table', () => {
    const repo = evalRepo();
    repo.write({ '.prompts/greet.yaml': GREET.replace('content: "Hello {{name}}"', 'content: "Hi {{name}}"').replace('expected: hello ada', 'expected: hi ada') });
    const r = evalCli(repo, ['--compare', 'HEAD', ...ECHO]);
    expect(r.code).toBe(1);
    // Ada's row changed with the prompt (a new row); Bob's passed before and fails now.
    expect(r.stdout).toContain('Compared with HEAD: 1 regressed, 0 fixed, 0 unchanged, 1 new');
    expect(r.stdout).toContain('Pass rate 50.00% -> 0.00% (-50.00), mean score 0.75 -> 0.25 (-0.50)');
    expect(r.stderr).toContain('1 row regressed since HEAD.');
    const md = evalCli(repo, ['--compare', 'HEAD', '--format', 'markdown', ...ECHO]).stdout;
    expect(md).toContain('### Compared with HEAD');
    expect(md).toContain('| greet | 50.00% | 0.00% | 0.75 → 0.25 | 1 | 0 | 0 | 1 |');
    expect(md).toContain('❌ regressed');
  });

  it('a prompt that did not exist at the ref: every row is new', () => {
    const repo = evalRepo();
    repo.write({ '.prompts/fresh.yaml': GREET });
    const r = evalCli(repo, ['fresh', '--compare', 'HEAD', ...ECHO]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Compared with HEAD: 0 regressed, 0 fixed, 0 unchanged, 2 new');
    expect(r.stdout).toContain('(not at HEAD: every row is new)');
    const bad = evalCli(repo, ['--compare', 'no-such-branch', ...ECHO]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no-such-branch');
  });
});
