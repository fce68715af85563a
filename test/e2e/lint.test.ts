import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, scratchDir } from '../helpers/gitdir.js';

const good = 'description: Greets\nvariables:\n  name: {}\nmessages:\n  - role: user\n    content: "Hello {{name}}"\n';
const broken = 'description: Greets\nvariables:\n  name: {}\nmessages:\n  - role: user\n    content: "Hello {{nme}}"\n';

describe('promptgit lint', () => {
  it('exits 0 on clean prompts with one line on stderr, none with --quiet or a machine format', () => {
    const repo = gitdir({ '.prompts/a.yaml': good, '.prompts/b.yaml': good });
    expect(runCli(['lint'], { cwd: repo.dir })).toEqual({ code: 0, stdout: '', stderr: 'No problems in 2 prompts.\n' });
    expect(runCli(['lint', 'a'], { cwd: repo.dir })).toEqual({ code: 0, stdout: '', stderr: 'No problems in 1 prompt.\n' });
    expect(runCli(['lint', '--quiet'], { cwd: repo.dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(runCli(['lint', '--format', 'json'], { cwd: repo.dir })).toMatchObject({ code: 0, stderr: '' });
    expect(runCli(['lint', '--staged'], { cwd: repo.dir })).toEqual({ code: 0, stdout: '', stderr: 'No staged prompts to lint.\n' });
  });

  it('in a repository without .prompts/ says there are no prompts and how to start', () => {
    const repo = gitdir({ 'README.md': '# hi\n' });
    expect(runCli(['lint'], { cwd: repo.dir })).toEqual({
      code: 0,
      stdout: '',
      stderr: 'No prompts here: this repository has no .prompts/ folder. Run "promptgit init" to set it up, or "promptgit new <id>" to write a first prompt.\n',
    });
    repo.write({ '.prompts/_config.yaml': 'tagPrefix: prompts/\n' });
    expect(runCli(['lint'], { cwd: repo.dir }).stderr).toBe('No prompts to lint.\n');
  });

  it('exits 1 with file:line:col on errors', () => {
    const repo = gitdir({ '.prompts/a.yaml': good, '.prompts/sub/b.yaml': broken });
    const result = runCli(['lint'], { cwd: path.join(repo.dir, '.prompts') });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'sub/b.yaml',
        '  sub/b.yaml:3:3   warning  Variable "name" is declared but no template uses it; use it or remove its declaration.  unused-variable',
        '  sub/b.yaml:6:21  error    "nme" is used but not declared in variables. Did you mean "name"?  undefined-variable',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('places YAML errors where they start, names a duplicate key, and reports each refused tab once, fixably', () => {
    const repo = gitdir({
      '.prompts/quote.yaml': 'description: "Greets\nmessages:\n  - role: user\n    content: Hello\n',
      '.prompts/twice.yaml': 'description: a\ndescription: b\nmessages:\n  - role: user\n    content: Hello\n',
      '.prompts/tabs.yaml': 'description: Greets\nmessages:\n\t- role: user\n\t  content: Hello\n',
    });
    const tab = 'Tab in indentation, which YAML does not allow; indent with spaces (--fix replaces each tab with two spaces).';
    expect(runCli(['lint'], { cwd: repo.dir })).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        '.prompts/quote.yaml',
        '  .prompts/quote.yaml:1:14  error    The double quote opened here is never closed, so YAML reads the rest of the file into this string; add the closing ".  valid-yaml',
        '',
        '.prompts/tabs.yaml',
        `  .prompts/tabs.yaml:3:1  error    ${tab}  valid-yaml`,
        `  .prompts/tabs.yaml:4:1  error    ${tab}  valid-yaml`,
        '',
        '.prompts/twice.yaml',
        '  .prompts/twice.yaml:2:1  error    Duplicate key "description" (first on line 1): a mapping holds each key once; remove one or rename it.  valid-yaml',
        '',
        '✖ 4 problems (4 errors, 0 warnings)',
        '  2 problems can be fixed with --fix.',
        '',
      ].join('\n'),
    });
    expect(runCli(['lint', '--fix', 'tabs'], { cwd: repo.dir })).toEqual({ code: 0, stdout: '', stderr: 'Fixed 1 file: .prompts/tabs.yaml.\nNo problems in 1 prompt.\n' });
    expect(readFileSync(path.join(repo.dir, '.prompts/tabs.yaml'), 'utf8')).toBe('description: Greets\nmessages:\n  - role: user\n    content: Hello\n');
  });

  it('lints only the ids and paths given, skipping paths that are not prompts', () => {
    const repo = gitdir({ '.prompts/a.yaml': good, '.prompts/b.yaml': broken, 'README.md': '# hi\n', '.prompts/_partials/x.md': 'x' });
    expect(runCli(['lint', 'a', 'README.md', `${repo.dir}/.prompts/a.yaml`, '.prompts/_partials/x.md'], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['lint', '.prompts/b.yaml'], { cwd: repo.dir }).code).toBe(1);
    expect(runCli(['lint', 'b'], { cwd: repo.dir }).code).toBe(1);
  });

  it('skips a deleted prompt named by path with a note, as lint $(git diff --name-only) passes it', () => {
    const repo = gitdir({ '.prompts/a.yaml': good, '.prompts/old.yaml': good, 'README.md': '# hi\n' });
    repo.git('rm', '-q', '.prompts/old.yaml');
    repo.write({ '.prompts/a.yaml': broken, 'README.md': '# changed\n' });
    const changed = repo.git('diff', '--name-only', 'HEAD').trim().split('\n');
    expect(changed).toEqual(['.prompts/a.yaml', '.prompts/old.yaml', 'README.md']);
    const result = runCli(['lint', ...changed], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('.prompts/a.yaml:6:21  error');
    expect(result.stderr).toBe('Skipped .prompts/old.yaml: it no longer exists (git has it in its history).\nSkipped 1 path that is not a prompt: README.md.\n');
    // The index does not have it either: --staged skips it the same way.
    expect(runCli(['lint', '--staged', '.prompts/old.yaml'], { cwd: repo.dir })).toMatchObject({ code: 0, stderr: expect.stringContaining('Skipped .prompts/old.yaml') });
    // --quiet keeps stderr for errors.
    expect(runCli(['lint', '--quiet', '.prompts/old.yaml'], { cwd: repo.dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    // A path git never had is still exit 2, even beside a deleted one.
    const never = runCli(['lint', '.prompts/old.yaml', '.prompts/never.yaml'], { cwd: repo.dir });
    expect(never).toMatchObject({ code: 2, stdout: '' });
    expect(never.stderr).toContain('error: ".prompts/never.yaml" is neither a file nor a prompt id.');
  });

  it('reports an invalid partial name, in a prompt or a partial, without advising a file outside .prompts/_partials/', () => {
    const repo = gitdir({
      '.prompts/a.yaml': 'description: d\nmessages:\n  - role: user\n    content: |\n      {{> ../../etc/passwd}} {{> sig}}\n      {{> /abs}}\n',
      '.prompts/_partials/sig.md': 'Bye {{> a//b}}',
    });
    const result = runCli(['lint'], { cwd: repo.dir });
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        '.prompts/a.yaml',
        '  .prompts/a.yaml:5:7   error    "../../etc/passwd" is not a valid partial name: "." and ".." segments would lead out of .prompts/_partials/.  missing-partial',
        '  .prompts/a.yaml:5:30  error    Partial "sig" includes "a//b", which is not a valid partial name: it has an empty segment ("//" or a trailing "/").  missing-partial',
        '  .prompts/a.yaml:6:7   error    "/abs" is not a valid partial name: it is an absolute path; a partial is named by its path under .prompts/_partials/ without ".md".  missing-partial',
        '',
        '✖ 3 problems (3 errors, 0 warnings)',
        '',
      ].join('\n'),
    });
    expect(result.stdout).not.toContain('create');
  });

  it('exits 2 for a path that does not exist, a bad format, a bad config, outside a repository', () => {
    const repo = gitdir({ '.prompts/a.yaml': good });
    const missing = runCli(['lint', '.prompts/nope.yaml'], { cwd: repo.dir });
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('error: ".prompts/nope.yaml" is neither a file nor a prompt id.');
    expect(runCli(['lint', '--format', 'xml'], { cwd: repo.dir }).stderr).toContain('Unknown format "xml"; choose one of stylish, json, sarif, github, gitlab, junit.');
    repo.write({ '.prompts/_config.yaml': 'lint:\n  rules:\n    no-secret: error\n    whitespace: loud\n' });
    const config = runCli(['lint'], { cwd: repo.dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toBe(
      [
        'error: .prompts/_config.yaml has 2 invalid lint rule entries.',
        '  .prompts/_config.yaml:3:5  Unknown rule "no-secret". Did you mean "no-secrets"?',
        '  .prompts/_config.yaml:4:17  "whitespace" must be off, warn or error (or 0, 1, 2; or [severity, { options }]), not "loud".',
        'hint: Fix the entries listed above; docs/rules.md lists every rule and its options.',
        '',
      ].join('\n'),
    );
    expect(config.stderr).not.toMatch(/at .*\.js/);
    const outside = runCli(['lint'], { cwd: scratchDir() });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not inside a git work tree.');
  });

  it('reports the config\'s top-level problems and its rule entries in one pass', () => {
    const repo = gitdir({ '.prompts/a.yaml': good, '.prompts/_config.yaml': 'initialVersion: 1.0\nlint:\n  rules:\n    no-secret: error\n' });
    expect(runCli(['lint'], { cwd: repo.dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'error: .prompts/_config.yaml is invalid.',
        '  .prompts/_config.yaml:1:17  "initialVersion" must be one of 1.0.0, 0.1.0; YAML reads the unquoted value as the number 1, so quote it: "1.0.0".',
        '  .prompts/_config.yaml:4:5  Unknown rule "no-secret". Did you mean "no-secrets"?',
        'hint: Fix the entries above in .prompts/_config.yaml, or delete it and run "promptgit init" to write a default one.',
        '',
      ].join('\n'),
    });
  });

  it("takes eslint's 0 | 1 | 2 severities, and the JSON report counts fixable errors and warnings", () => {
    const repo = gitdir({ '.prompts/a.yaml': good.replace('\n', '  \n'), '.prompts/_config.yaml': 'lint:\n  rules:\n    whitespace: 2\n    unused-variable: 0\n' });
    const result = runCli(['lint', '--format', 'json'], { cwd: repo.dir });
    expect(result).toMatchObject({ code: 1, stderr: '' });
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ ruleId: string; severity: string }>; fixableErrorCount: number; fixableWarningCount: number }>;
    expect(file!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['whitespace', 'error']]);
    expect([file!.fixableErrorCount, file!.fixableWarningCount]).toEqual([1, 0]);
  });

  it('--stdin --stdin-filename lints standard input as that file, not the file on disk', () => {
    const repo = gitdir({ '.prompts/a.yaml': good });
    const result = runCli(['lint', '--stdin', '--stdin-filename', '.prompts/a.yaml', '--format', 'json'], { cwd: repo.dir, input: broken });
    expect(result).toMatchObject({ code: 1, stderr: '' });
    const reports = JSON.parse(result.stdout) as Array<{ file: string; messages: Array<{ ruleId: string; line: number }> }>;
    expect(reports.map((r) => [r.file, r.messages.map((m) => `${m.line} ${m.ruleId}`)])).toEqual([['.prompts/a.yaml', ['3 unused-variable', '6 undefined-variable']]]);
    // A file not saved yet, named from a subfolder, with the working tree's config.
    repo.write({ '.prompts/_config.yaml': 'lint:\n  rules:\n    undefined-variable: off\n    unused-variable: off\n' });
    expect(runCli(['lint', '--stdin', '--stdin-filename', 'new/b.yaml'], { cwd: `${repo.dir}/.prompts`, input: broken })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--stdin refuses a file name outside .prompts/ and goes with --stdin-filename only, exit 2', () => {
    const repo = gitdir({ '.prompts/a.yaml': good });
    expect(runCli(['lint', '--stdin', '--stdin-filename', 'README.md'], { cwd: repo.dir, input: good })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: --stdin-filename README.md is not a prompt file under .prompts/ (like .prompts/support/triage.yaml).\nhint: Name the file the text is (or will be) saved as; its path gives the prompt id.\n',
    });
    for (const args of [['--stdin'], ['--stdin-filename', '.prompts/a.yaml'], ['--stdin', '--stdin-filename', '.prompts/a.yaml', '--fix'], ['a', '--stdin', '--stdin-filename', '.prompts/a.yaml']]) {
      expect(runCli(['lint', ...args], { cwd: repo.dir, input: good })).toMatchObject({ code: 2, stderr: expect.stringContaining('error: --stdin and --stdin-filename go together') });
    }
  });

  it('applies --max-warnings and --quiet', () => {
    const repo = gitdir({ '.prompts/a.yaml': 'variables: {}\nmessages:\n  - role: user\n    content: hi\n' });
    expect(runCli(['lint'], { cwd: repo.dir }).code).toBe(0);
    const over = runCli(['lint', '--max-warnings', '0'], { cwd: repo.dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('too many warnings (1; --max-warnings is 0)');
    expect(runCli(['lint', '--max-warnings', '1'], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['lint', '--quiet'], { cwd: repo.dir })).toMatchObject({ code: 0, stdout: '' });
    expect(runCli(['lint', '--max-warnings', 'many'], { cwd: repo.dir }).code).toBe(2);
  });

  it('counts the warnings --quiet hides against --max-warnings, and -1 means no limit', () => {
    const undescribed = 'variables:\n  name: {}\nmessages:\n  - role: user\n    content: "{{name}}"\n';
    const repo = gitdir({ '.prompts/a.yaml': undescribed, '.prompts/b.yaml': undescribed });
    expect(runCli(['lint', '--quiet', '--max-warnings', '0'], { cwd: repo.dir })).toEqual({
      code: 1,
      stdout: '',
      stderr: 'promptgit lint found too many warnings (2; --max-warnings is 0); --quiet hid them: run without it to see them.\n',
    });
    expect(runCli(['lint', '--quiet', '--max-warnings', '2'], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['lint', '--max-warnings', '-1'], { cwd: repo.dir }).code).toBe(0);
    expect(runCli(['lint', '--max-warnings=-1', '--quiet'], { cwd: repo.dir })).toMatchObject({ code: 0, stdout: '' });
    expect(runCli(['lint', '--max-warnings', '-2'], { cwd: repo.dir })).toMatchObject({ code: 2, stdout: '' });
  });

  it('writes --output-file and keeps stdout for a summary', () => {
    const repo = gitdir({ '.prompts/b.yaml': broken });
    const result = runCli(['lint', '-f', 'sarif', '-o', 'reports/lint.sarif'], { cwd: repo.dir });
    expect(result).toMatchObject({ code: 1, stdout: 'promptgit lint: 1 error, 1 warning in 1 file; report written to reports/lint.sarif\n' });
    const log = JSON.parse(readFileSync(path.join(repo.dir, 'reports/lint.sarif'), 'utf8'));
    expect(log.runs[0].results).toHaveLength(2);
  });

  it('--staged lints the index, not a working tree that differs', () => {
    const repo = gitdir({ '.prompts/a.yaml': good, '.prompts/c.yaml': good });
    repo.write({ '.prompts/a.yaml': broken });
    repo.git('add', '.prompts/a.yaml');
    repo.write({ '.prompts/a.yaml': good, '.prompts/c.yaml': broken });
    const staged = runCli(['lint', '--staged'], { cwd: repo.dir });
    expect(staged.code).toBe(1);
    expect(staged.stdout).toContain('.prompts/a.yaml:6:21  error    "nme" is used');
    expect(staged.stdout).not.toContain('c.yaml');
    const tree = runCli(['lint'], { cwd: repo.dir });
    expect(tree.stdout).toContain('.prompts/c.yaml:6:21');
    expect(tree.stdout).not.toContain('a.yaml');
  });

  it('--staged lints prompts that include a staged partial', () => {
    const repo = gitdir({ '.prompts/a.yaml': 'description: d\nmessages:\n  - role: user\n    content: "{{> sig}}"\n', '.prompts/b.yaml': good, '.prompts/_partials/sig.md': 'Bye' });
    repo.write({ '.prompts/_partials/sig.md': 'Bye {{> gone}}' });
    repo.git('add', '-A');
    const result = runCli(['lint', '--staged'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('.prompts/a.yaml:4:15  error    Partial "sig" includes "gone", which does not exist');
    expect(result.stdout).not.toContain('b.yaml');
  });

  it('--fix rewrites fixable problems, reports what remains, and is refused with --staged', () => {
    const text = '# keep this comment\r\ndescription: Greets   \r\nmessages:  # and this one\r\n  - role: user\r\n    content: |\r\n      Hello {{nme}}\r\n      \tindented\r\n';
    const repo = gitdir({ '.prompts/a.yaml': text });
    const result = runCli(['lint', '--fix'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('Fixed 1 file: .prompts/a.yaml.\nNo problems in 1 prompt.\n');
    expect(result.stdout).toBe('');
    expect(readFileSync(path.join(repo.dir, '.prompts/a.yaml'), 'utf8')).toBe('# keep this comment\ndescription: Greets\nmessages:  # and this one\n  - role: user\n    content: |\n      Hello {{nme}}\n        indented\n');
    expect(runCli(['lint', '--fix'], { cwd: repo.dir })).toEqual({ code: 0, stdout: '', stderr: 'No problems in 1 prompt.\n' });
    const refused = runCli(['lint', '--fix', '--staged'], { cwd: repo.dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--fix cannot be used with --staged');
  });

  it('--fix leaves unfixable problems reported', () => {
    const repo = gitdir({ '.prompts/b.yaml': broken.replace('Greets', 'Greets  ') });
    const result = runCli(['lint', '--fix'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('undefined-variable');
    expect(result.stdout).not.toContain('whitespace');
    expect(readFileSync(path.join(repo.dir, '.prompts/b.yaml'), 'utf8')).toBe(broken);
  });

  it('honours lint.ignore globs', () => {
    const repo = gitdir({ '.prompts/b.yaml': broken, '.prompts/_config.yaml': 'lint:\n  ignore: [".prompts/b.yaml"]\n' });
    expect(runCli(['lint'], { cwd: repo.dir }).code).toBe(0);
  });
});
