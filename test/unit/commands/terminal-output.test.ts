import { describe, expect, it } from 'vitest';
import { render } from '../../../src/commands/render.js';
import { list } from '../../../src/commands/list.js';
import { show } from '../../../src/commands/show.js';
import { memoryReporter } from '../../../src/output/reporter.js';
import { gitdir } from '../../helpers/gitdir.js';

const RAW = 'description: "raw \u001b[2J bell \u0007"\nmessages:\n  - role: user\n    content: "raw \u001b[2J {{name}} \u0007\\r\\nnext"\n';

/** A reporter whose stdout is a terminal, as the CLI's is when nothing is piped. */
async function terminal() {
  return Object.assign(await memoryReporter(), { isTTY: true });
}

describe('show and render on a terminal', () => {
  it('show escapes the control characters of the file, keeping its lines', async () => {
    const repo = gitdir({ '.prompts/raw.yaml': RAW });
    const reporter = await terminal();
    expect(await show({ cwd: repo.dir, reporter, ref: 'raw' })).toBe(0);
    expect(reporter.stdout).toBe('description: "raw \\x1b[2J bell \\x07"\nmessages:\n  - role: user\n    content: "raw \\x1b[2J {{name}} \\x07\\r\\nnext"\n');
  });

  it('render escapes them too, and keeps CRLF line breaks', async () => {
    const repo = gitdir({ '.prompts/raw.yaml': RAW });
    const reporter = await terminal();
    expect(await render({ cwd: repo.dir, reporter, ref: 'raw', var: ['name=x'] })).toBe(0);
    expect(reporter.stdout).toBe('[user]\nraw \\x1b[2J x \\x07\r\nnext\n');
  });

  it('a pipe gets the exact bytes', async () => {
    const repo = gitdir({ '.prompts/raw.yaml': RAW });
    const reporter = await memoryReporter();
    await render({ cwd: repo.dir, reporter, ref: 'raw', var: ['name=x'] });
    expect(reporter.stdout).toBe('[user]\nraw \u001b[2J x \u0007\r\nnext\n');
  });
});

describe('list on a terminal', () => {
  const long = 'Sorts incoming support tickets by urgency and product area so the right team sees them first';
  const repo = () => gitdir({ '.prompts/triage.yaml': `description: ${long}\nmessages:\n  - role: user\n    content: hi\n` });

  it('cuts a description to the terminal width at a word, with an ellipsis', async () => {
    const reporter = Object.assign(await terminal(), { columns: 70 });
    expect(await list({ cwd: repo().dir, reporter })).toBe(0);
    const row = reporter.stdout.split('\n')[1]!;
    expect(row).toBe('triage  -        never released  clean      Sorts incoming support…');
    expect(row.length).toBeLessThanOrEqual(70);
  });

  it('assumes 80 columns when the terminal does not say, and a pipe gets the whole line', async () => {
    const tty = await terminal();
    await list({ cwd: repo().dir, reporter: tty });
    expect(tty.stdout.split('\n')[1]).toBe('triage  -        never released  clean      Sorts incoming support tickets by…');
    const pipe = await memoryReporter();
    await list({ cwd: repo().dir, reporter: pipe });
    expect(pipe.stdout.split('\n')[1]).toBe(`triage  -        never released  clean      ${long}`);
  });
});
