import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const triage = '# a comment kept as stored\ndescription: Triage\nvariables:\n  tone: { enum: [formal, casual], default: formal }\nmessages:\n  - role: user\n    content: "{{tone}} {{> sig}}"\n';

describe('promptgit show', () => {
  it('prints the file as stored, comments included', () => {
    const repo = gitdir({ '.prompts/support/triage.yaml': triage });
    expect(runCli(['show', 'support/triage'], { cwd: repo.dir })).toEqual({ code: 0, stdout: triage, stderr: '' });
  });

  it('--json prints the parsed fields and the contract', () => {
    const repo = gitdir({ '.prompts/support/triage.yaml': triage, '.prompts/_partials/sig.md': '-- {{author}}' });
    const result = runCli(['show', 'support/triage', '--json'], { cwd: repo.dir });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      id: 'support/triage',
      ref: 'support/triage',
      file: '.prompts/support/triage.yaml',
      prompt: {
        description: 'Triage',
        variables: { tone: { type: 'string', enum: ['formal', 'casual'], default: 'formal' } },
        messages: [{ role: 'user', content: '{{tone}} {{> sig}}' }],
      },
      contract: [{ name: 'tone', type: 'string', required: false, default: 'formal', enum: ['formal', 'casual'], inferred: false }],
    });
  });

  it('--json infers the contract of a GitHub Models file through its partials', () => {
    const repo = gitdir({ '.prompts/gh.prompt.yml': 'messages:\n  - role: user\n    content: "{{input}} {{> sig}}"\n', '.prompts/_partials/sig.md': '-- {{author}}' });
    const { contract } = JSON.parse(runCli(['show', 'gh', '--json'], { cwd: repo.dir }).stdout);
    expect(contract).toEqual([
      { name: 'input', type: 'string', required: true, inferred: true },
      { name: 'author', type: 'string', required: true, inferred: true },
    ]);
  });

  it('names a missing prompt and what to do, exit 2', () => {
    expect(runCli(['show', 'nope'], { cwd: gitdir().dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: No prompt "nope" in .prompts/.\nhint: Run "promptgit list" to see the prompts, or "promptgit new <id>" to create one.\n',
    });
  });

  it('--json on an invalid prompt lists each error with its line, exit 2', () => {
    const repo = gitdir({ '.prompts/bad.yaml': 'desciption: x\nmessages:\n  - role: robot\n    content: hi\n' });
    expect(runCli(['show', 'bad', '--json'], { cwd: repo.dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'error: .prompts/bad.yaml has 2 errors.',
        '  .prompts/bad.yaml:1:1  Unknown field "desciption" (extension fields start with "x-"). Did you mean "description"?',
        '  .prompts/bad.yaml:3:11  "messages[0].role" must be one of system, user, assistant, developer, not "robot".',
        'hint: Fix it, then run "promptgit lint bad" to check.',
        '',
      ].join('\n'),
    });
  });
});
