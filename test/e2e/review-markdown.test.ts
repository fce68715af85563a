import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const TRIAGE = `name: Triage
variables:
  ticket:
    type: string
messages:
  - role: system
    content: You sort support tickets.
  - role: user
    content: "{{ticket}}"
`;

function branchWithChange() {
  const r = gitdir({ '.prompts/support/triage.yaml': TRIAGE });
  r.git('checkout', '-q', '-b', 'feature');
  const hostile = TRIAGE.replace('You sort support tickets.', 'You sort | `support` <details><summary>x</summary> tickets.').replace(
    '    type: string\n',
    '    type: string\n  lang:\n    type: string\n',
  );
  r.write({ '.prompts/support/triage.yaml': hostile });
  r.commit('edit triage');
  return r;
}

describe('promptgit review and diff --format markdown', () => {
  it('review prints the marker line, the class, the contract change and the escaped text diff', () => {
    const r = branchWithChange();
    const out = runCli(['review', 'main'], { cwd: r.dir });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('<!-- promptgit-review -->');
    expect(out.stdout).toContain('1 prompt changed');
    expect(out.stdout).toContain('<code>support/triage</code> breaking');
    expect(out.stdout).toContain('+variable lang (required string)');
    expect(out.stdout).toContain('<details><summary>Text diff of');
    // The prompt's own markup is escaped: one <details> opened by promptgit per text diff, none from the prompt.
    expect(out.stdout.match(/<details>/g)).toHaveLength(1);
    expect(out.stdout).toContain('&lt;details&gt;');
    // A table row keeps its column count: the prompt's "|" never reaches the table raw.
    for (const row of lines.filter((l) => l.startsWith('| <code>'))) expect(row.split(' | ')).toHaveLength(5);
  });

  it('--fail-on breaking exits 1 on a breaking change, 0 when asked only about a higher level that is absent', () => {
    const r = branchWithChange();
    expect(runCli(['review', 'main', '--fail-on', 'breaking'], { cwd: r.dir }).code).toBe(1);
    r.git('checkout', '-q', 'main');
    const none = runCli(['review', 'main', '--fail-on', 'fix'], { cwd: r.dir });
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No prompt changes.');
  });

  it('an unknown base is exit 2 with a hint, and no marker on stdout', () => {
    const r = branchWithChange();
    const out = runCli(['review', 'nosuch'], { cwd: r.dir });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain('The base "nosuch" names no commit here.');
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('diff --format markdown works for a working-tree diff and stays under the comment limit for a huge change', () => {
    const r = gitdir({ '.prompts/big.yaml': 'messages:\n  - role: user\n    content: start\n' });
    const huge = Array.from({ length: 4000 }, (_, i) => `line ${i} with | pipes and \`ticks\``).join('\\n');
    r.write({ '.prompts/big.yaml': `messages:\n  - role: user\n    content: "${huge}"\n` });
    const out = runCli(['diff', '--format', 'markdown'], { cwd: r.dir });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('<code>big</code>');
    expect(out.stdout.length).toBeLessThan(65_536);
  });
});
