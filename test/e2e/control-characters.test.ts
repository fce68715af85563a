import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

// "\e[2J" clears a terminal, "\x07" rings its bell. The YAML escapes put them in the values; the
// raw file holds the bytes themselves (yaml reads them), so a pipe can be checked byte for byte.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const EVIL = [
  'description: "\\e[2J clear \\x07 bell"',
  '"x-\\e[31mred": 1',
  'variables:',
  '  name: {}',
  'messages:',
  '  - role: user',
  '    content: "Hi \\e[2J{{name}}\\x07"',
  '',
].join('\n');
const RAW = 'description: "raw \u001b[2J bell \u0007"\nmessages:\n  - role: user\n    content: "raw \u001b[2J {{name}} \u0007"\n';
const BROKEN = 'variables:\n  "n\\e[2Jame\\x07": {}\nmessages:\n  - role: user\n    content: hi\n"bad\\e[2J": 1\n';

function repo() {
  return gitdir({ '.prompts/evil.yaml': EVIL, '.prompts/raw.yaml': RAW, '.prompts/broken.yaml': BROKEN });
}

const noControls = (text: string) => expect(text, JSON.stringify(text)).not.toMatch(CONTROL);

describe('control characters from prompt files', () => {
  it('lint shows them as escapes in keys, variable names and messages', () => {
    const result = runCli(['lint', 'broken'], { cwd: repo().dir });
    expect(result).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        '.prompts/broken.yaml',
        '  .prompts/broken.yaml:2:3  error    "variables.n\\x1b[2Jame\\x07" is not a valid name: a variable name is letters, digits and "_", not starting with a digit.  valid-schema',
        '  .prompts/broken.yaml:6:1  warning  Unknown field "bad\\x1b[2J" is ignored; rename it "x-bad\\x1b[2J" if another tool reads it.  valid-schema',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    });
  });

  it('lint --format json keeps them exact', () => {
    const result = runCli(['lint', 'broken', '--format', 'json'], { cwd: repo().dir });
    const messages = JSON.parse(result.stdout)[0].messages as { message: string; ruleId: string }[];
    const [schema, unknown] = messages.filter((m) => m.ruleId === 'valid-schema').map((m) => m.message);
    expect(schema).toMatch(/^"variables\.n\u001b\[2Jame\u0007" is not a valid name/);
    expect(unknown).toBe('Unknown field "bad\u001b[2J" is ignored; rename it "x-bad\u001b[2J" if another tool reads it.');
  });

  it('errors that quote them (render of an invalid prompt) escape them', () => {
    const result = runCli(['render', 'broken'], { cwd: repo().dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('  .prompts/broken.yaml:2:3  "variables.n\\x1b[2Jame\\x07" is not a valid name');
    noControls(result.stderr);
  });

  it('list escapes the description', () => {
    const result = runCli(['list'], { cwd: repo().dir });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[2]).toBe('evil    -        never released  clean      \\x1b[2J clear \\x07 bell');
    noControls(result.stdout.replaceAll('\n', ''));
  });

  it('list --json keeps the description exact', () => {
    const entries = JSON.parse(runCli(['list', '--json'], { cwd: repo().dir }).stdout) as { id: string; description?: string }[];
    expect(entries.find((e) => e.id === 'evil')?.description).toBe('\u001b[2J clear \u0007 bell');
  });

  it('diff and log escape the keys, values and message text they quote', () => {
    const r = repo();
    r.write({ '.prompts/evil.yaml': EVIL.replace('": 1', '": 2').replace('\\x07"', ' \\x07 more"') });
    const diff = runCli(['diff', 'evil'], { cwd: r.dir });
    expect(diff).toEqual({
      code: 0,
      stderr: '',
      stdout: ['evil  feature  HEAD -> working tree', '  messages', '    user message edited  [feature]', '      Hi \\x1b[2J{{name}}{+ +}\\x07{+ more+}', '  x- fields', '    x-\\x1b[31mred edited  [fix]', ''].join('\n'),
    });
    r.commit('more');
    const log = runCli(['log', 'evil', '-n', '1'], { cwd: r.dir });
    expect(log.stdout.split('\n')[0]).toMatch(/ feature  user message edited, x-\\x1b\[31mred edited$/);
    noControls(log.stdout.replaceAll('\n', ''));
  });

  it('show and render print the prompt exactly into a pipe (escaped only on a terminal)', () => {
    const r = repo();
    expect(runCli(['show', 'raw'], { cwd: r.dir })).toEqual({ code: 0, stdout: RAW, stderr: '' });
    expect(runCli(['render', 'raw', '--var', 'name=x'], { cwd: r.dir })).toEqual({ code: 0, stdout: '[user]\nraw \u001b[2J x \u0007\n', stderr: '' });
  });
});
