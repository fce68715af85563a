import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const triage = [
  'model: openai/gpt-4o-mini',
  'modelParameters: { temperature: 0.2 }',
  'variables:',
  '  ticket: { description: Raw ticket text }',
  '  tone: { enum: [formal, casual], default: formal }',
  '  max_items: { type: integer, default: 3 }',
  '  urgent: { type: boolean, required: false }',
  'messages:',
  '  - role: system',
  '    content: |',
  '      Reply in a {{tone}} tone with at most {{max_items}} items.{{#urgent}} Urgent!{{/urgent}}',
  '  - role: user',
  '    content: "{{ticket}}"',
  '',
].join('\n');

const repoWithTriage = () => gitdir({ '.prompts/support/triage.yaml': triage });

describe('promptgit render', () => {
  it('suggests the variable meant by a mistyped --var, and the field meant by a mistyped key', () => {
    const result = runCli(['render', 'support/triage', '--var', 'tickt=hi'], { cwd: repoWithTriage().dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  Unknown variable "tickt": the prompt takes "ticket", "tone", "max_items", "urgent". Did you mean "ticket"?\n');
    const typo = gitdir({ '.prompts/t.yaml': `modle: x\n${triage.replace(/^model: .*\n/, '')}` });
    expect(runCli(['render', 't', '--var', 'ticket=hi'], { cwd: typo.dir }).stderr).toContain('Unknown field "modle" (extension fields start with "x-"). Did you mean "model"?');
  });

  it('--json is --format json', () => {
    const repo = repoWithTriage();
    const json = runCli(['render', 'support/triage', '--var', 'ticket=hi', '--json'], { cwd: repo.dir });
    expect(json).toEqual(runCli(['render', 'support/triage', '--var', 'ticket=hi', '--format', 'json'], { cwd: repo.dir }));
    expect(JSON.parse(json.stdout).messages[1]).toEqual({ role: 'user', content: 'hi' });
  });

  it('prints the messages as text, with defaults, and does not HTML-escape', () => {
    const result = runCli(['render', 'support/triage', '--var', 'ticket=<b>Late</b> & "lost"'], { cwd: repoWithTriage().dir });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: '[system]\nReply in a formal tone with at most 3 items.\n\n[user]\n<b>Late</b> & "lost"\n',
    });
  });

  it('--format json prints model, modelParameters and messages, converting --var text to the declared types', () => {
    const result = runCli(['render', 'support/triage', '--var', 'ticket=Hi', '--var', 'tone=casual', '--var', 'max_items=5', '--var', 'urgent=true', '--format', 'json'], {
      cwd: repoWithTriage().dir,
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      model: 'openai/gpt-4o-mini',
      modelParameters: { temperature: 0.2 },
      messages: [
        { role: 'system', content: 'Reply in a casual tone with at most 5 items. Urgent!\n' },
        { role: 'user', content: 'Hi' },
      ],
    });
  });

  it('reads --vars from a file relative to --cwd, and --var wins over it', () => {
    const repo = repoWithTriage();
    writeFileSync(path.join(repo.dir, 'vars.json'), JSON.stringify({ ticket: 'From file', max_items: 1, tone: 'casual' }));
    const result = runCli(['--cwd', repo.dir, 'render', 'support/triage', '--vars', 'vars.json', '--var', 'tone=formal', '-f', 'json'], { cwd: path.dirname(repo.dir) });
    expect(JSON.parse(result.stdout).messages.map((m: { content: string }) => m.content)).toEqual(['Reply in a formal tone with at most 1 items.\n', 'From file']);
  });

  it('reads --vars - from standard input', () => {
    const result = runCli(['render', 'support/triage', '--vars', '-'], { cwd: repoWithTriage().dir, input: '{"ticket": "Piped", "urgent": false}' });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('[user]\nPiped\n');
  });

  it('names every contract violation and exits 2', () => {
    const result = runCli(['render', 'support/triage', '--var', 'tone=rude', '--var', 'max_items=many', '--var', 'urgent=yes', '--var', 'extra=1'], { cwd: repoWithTriage().dir });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'error: Cannot render .prompts/support/triage.yaml: 5 variables are wrong.',
        '  Variable "tone" must be one of "formal", "casual", not "rude".',
        '  Variable "max_items" must be an integer, not "many".',
        '  Variable "urgent" must be a boolean, not "yes".',
        '  Unknown variable "extra": the prompt takes "ticket", "tone", "max_items", "urgent".',
        '  Missing required variable "ticket" (Raw ticket text).',
        'hint: Pass variables with --var name=value or --vars file.json.',
        '',
      ].join('\n'),
    });
  });

  it('checks typed --vars values without converting them', () => {
    const result = runCli(['render', 'support/triage', '--vars', '-'], { cwd: repoWithTriage().dir, input: '{"ticket": 5, "max_items": "3"}' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  Variable "ticket" must be a string, not 5.\n  Variable "max_items" must be an integer, not "3".\n');
  });

  it('infers required strings for a GitHub Models file', () => {
    const repo = gitdir({ '.prompts/gh.prompt.yml': 'messages:\n  - role: user\n    content: "Summarize: {{input}}"\n' });
    expect(runCli(['render', 'gh'], { cwd: repo.dir }).stderr).toContain('  Missing required variable "input".\n');
    expect(runCli(['render', 'gh', '--var', 'input=text'], { cwd: repo.dir }).stdout).toBe('[user]\nSummarize: text\n');
  });

  it('infers a section of a file without variables as a list or a boolean, and reports a wrong value', () => {
    const repo = gitdir({ '.prompts/gh.prompt.yml': 'messages:\n  - role: user\n    content: "{{#list}}- {{b}}\\n{{/list}}{{#loud}}!{{/loud}}"\n' });
    const ok = runCli(['render', 'gh', '--var', 'list=[{"b":"one"},{"b":"two"}]', '--var', 'loud=true'], { cwd: repo.dir });
    expect(ok).toEqual({ code: 0, stderr: '', stdout: '[user]\n- one\n- two\n!\n' });
    const wrong = runCli(['render', 'gh', '--var', 'list=abc', '--var', 'loud=yes'], { cwd: repo.dir });
    expect(wrong).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'error: Cannot render .prompts/gh.prompt.yml: 2 variables are wrong.',
        '  Variable "list" must be an array or a boolean, not "abc".',
        '  Variable "loud" must be an array or a boolean, not "yes".',
        'hint: Pass variables with --var name=value or --vars file.json.',
        '',
      ].join('\n'),
    });
    const items = runCli(['render', 'gh', '--var', 'list=[{"c":1},"x"]', '--var', 'loud=false'], { cwd: repo.dir });
    expect(items.code).toBe(2);
    expect(items.stderr).toContain('  Variable "list" item 0 has no "b"; the section\'s body uses it.\n');
    expect(items.stderr).toContain('  Variable "list" item 1 must be a mapping with "b", not "x".\n');
    // The inner names are not top-level variables of their own.
    expect(runCli(['render', 'gh', '--var', 'list=false', '--var', 'loud=false'], { cwd: repo.dir })).toEqual({ code: 0, stderr: '', stdout: '[user]\n\n' });
  });

  it('points at the broken tag of a template, exit 2', () => {
    const repo = gitdir({ '.prompts/broken.yaml': 'messages:\n  - role: user\n    content: |\n      Hello\n      {{#items}} {{name}}\n' });
    expect(runCli(['render', 'broken', '--var', 'items=x'], { cwd: repo.dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: Cannot render .prompts/broken.yaml: its template is invalid.\n  .prompts/broken.yaml:3:14  Unclosed section "items" in messages[0].content.\n',
    });
  });

  it.each([
    [['--var', 'noequals'], 'error: --var "noequals" is not of the form name=value.\nhint: For example: --var tone=casual\n'],
    [['--vars', 'missing.json'], 'error: Cannot read variables from missing.json: no such file.\nhint: --vars takes a JSON file of variable values (a path from the current folder), or - to read them from standard input.\n'],
    [['--vars', '-'], 'error: standard input must hold a JSON object of variable values, like {"ticket": "..."}.\n', '[1, 2]'],
    [['--format', 'xml'], "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json.\n(run \"promptgit render --help\" for usage)\n"],
  ])('refuses bad variable input %j with exit 2', (args, stderr, input) => {
    expect(runCli(['render', 'support/triage', ...args], { cwd: repoWithTriage().dir, ...(input ? { input } : {}) })).toEqual({ code: 2, stdout: '', stderr });
  });

  it('says what is wrong with --vars that is not JSON, on one line', () => {
    const result = runCli(['render', 'support/triage', '--vars', '-'], { cwd: repoWithTriage().dir, input: 'ticket=x\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: Cannot read variables from standard input: [^\n]*JSON[^\n]*\.\nhint: --vars takes a JSON file[^\n]*\n$/);
  });

  it('reports a variable named __proto__ as unknown rather than dropping it', () => {
    const repo = repoWithTriage();
    for (const options of [{ args: ['--var', 'ticket=x', '--var', '__proto__=y'] }, { args: ['--vars', '-'], input: '{"ticket": "x", "__proto__": {"a": 1}}' }]) {
      const result = runCli(['render', 'support/triage', ...options.args], { cwd: repo.dir, ...(options.input ? { input: options.input } : {}) });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('  Unknown variable "__proto__": the prompt takes "ticket", "tone", "max_items", "urgent".\n');
    }
  });

  describe('refuses, exit 2 and nothing on stdout, what it would otherwise render as empty', () => {
    const hint = (text: string) => `hint: ${text} "promptgit lint" points at each one.\n`;
    const declared = (content: string) => `variables:\n  ticket: {}\nmessages:\n  - role: user\n    content: "${content}"\n`;

    it.each([
      [
        'an undeclared variable, with a suggestion',
        { '.prompts/p.yaml': declared('{{ticket}} {{tickt}}') },
        ['error: Cannot render .prompts/p.yaml: its templates use an undeclared variable.', '  .prompts/p.yaml:5:26  "tickt" is used in messages[0].content but not declared in variables. Did you mean "ticket"?'],
        'Declare each variable under variables: or remove it from the template.',
      ],
      [
        'a variable only a partial uses, even when --var gives it',
        { '.prompts/p.yaml': declared('{{ticket}} {{> sig}}'), '.prompts/_partials/sig.md': 'Sign off as {{agent}}.' },
        ['error: Cannot render .prompts/p.yaml: its templates use an undeclared variable.', '  .prompts/p.yaml:5:26  "agent" is used in partial "sig" but not declared in variables.'],
        'Declare each variable under variables: or remove it from the template.',
      ],
      [
        'a missing partial, and one a partial includes',
        { '.prompts/p.yaml': 'messages:\n  - role: user\n    content: "{{> gone}} {{> a}}"\n', '.prompts/_partials/a.md': 'A {{> b/c}}' },
        [
          'error: Cannot render .prompts/p.yaml: its templates use 2 missing partials.',
          '  .prompts/p.yaml:3:15  Partial "gone" (included by messages[0].content) does not exist: there is no .prompts/_partials/gone.md.',
          '  .prompts/p.yaml:3:26  Partial "b/c" (included by partial "a") does not exist: there is no .prompts/_partials/b/c.md.',
        ],
        'Create each missing partial in .prompts/_partials/ or fix its name.',
      ],
      [
        'each invalid partial name',
        { '.prompts/p.yaml': 'messages:\n  - role: user\n    content: |\n      {{> ../x}} {{> /etc/passwd}}\n      {{> a/../../b}} {{> a//b}}\n' },
        [
          'error: Cannot render .prompts/p.yaml: its templates use 4 invalid partial names.',
          '  .prompts/p.yaml:4:7  "../x" (included by messages[0].content) is not a valid partial name: "." and ".." segments would lead out of .prompts/_partials/.',
          '  .prompts/p.yaml:4:18  "/etc/passwd" (included by messages[0].content) is not a valid partial name: it is an absolute path; a partial is named by its path under .prompts/_partials/ without ".md".',
          '  .prompts/p.yaml:5:7  "a/../../b" (included by messages[0].content) is not a valid partial name: "." and ".." segments would lead out of .prompts/_partials/.',
          '  .prompts/p.yaml:5:23  "a//b" (included by messages[0].content) is not a valid partial name: it has an empty segment ("//" or a trailing "/").',
        ],
        'Name a partial by its path under .prompts/_partials/, without ".md".',
      ],
    ])('%s', (_, files, stderr, fix) => {
      const repo = gitdir(files);
      expect(runCli(['render', 'p', '--var', 'ticket=T', '--var', 'agent=Ann'], { cwd: repo.dir })).toEqual({ code: 2, stdout: '', stderr: `${stderr.join('\n')}\n${hint(fix)}` });
    });

    it('never reads a file outside .prompts/_partials/ for an invalid name', () => {
      const repo = gitdir({ '.prompts/p.yaml': 'messages:\n  - role: user\n    content: "{{> ../secret}}"\n', '.prompts/secret.md': 'leaked' });
      const result = runCli(['render', 'p'], { cwd: repo.dir });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).not.toContain('leaked');
    });
  });

  it('fills a variable only a partial uses, through nested partials, when the contract is inferred, at any ref', () => {
    const repo = gitdir({
      '.prompts/p.yaml': 'messages:\n  - role: user\n    content: "{{ticket}} {{> body}}"\n',
      '.prompts/_partials/body.md': 'Thanks. {{> sig}}',
      '.prompts/_partials/sig.md': 'Sign off as {{agent}}.',
    });
    for (const ref of ['p', 'p@HEAD']) {
      expect(runCli(['render', ref, '--var', 'ticket=Late', '--var', 'agent=Ann'], { cwd: repo.dir })).toEqual({ code: 0, stderr: '', stdout: '[user]\nLate Thanks. Sign off as Ann.\n' });
    }
    const missing = runCli(['render', 'p', '--var', 'ticket=Late'], { cwd: repo.dir });
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toContain('  Missing required variable "agent".\n');
  });

  it('renders a list section whose partial uses the item fields', () => {
    const repo = gitdir({
      '.prompts/p.yaml': 'variables:\n  items: { type: array }\nmessages:\n  - role: user\n    content: "{{#items}}{{> row}}{{/items}}"\n',
      '.prompts/_partials/row.md': '- {{title}}\n',
    });
    const result = runCli(['render', 'p', '--var', 'items=[{"title":"a"},{"title":"b"}]'], { cwd: repo.dir });
    expect(result).toEqual({ code: 0, stderr: '', stdout: '[user]\n- a\n- b\n' });
  });
});
