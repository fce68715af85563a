import { describe, expect, it } from 'vitest';
import { render } from '../../../src/commands/render.js';
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
