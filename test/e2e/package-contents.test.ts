import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { license: string; repository?: { url?: string } };

/** The files `npm pack` would put in the tarball. */
function packed(): string[] {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);
}

describe('the published package', () => {
  it('ships every docs/ page the messages point at, and the MIT LICENSE', () => {
    const files = new Set(packed());
    const dir = `${ROOT}src/messages/`;
    const pointed = new Set(readdirSync(dir).flatMap((name) => [...readFileSync(dir + name, 'utf8').matchAll(/docs\/[\w-]+\.md/g)].map((m) => m[0])));
    expect(pointed.size).toBeGreaterThan(0);
    for (const page of pointed) expect(files, page).toContain(page);
    expect(files).toContain('LICENSE');
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(`${ROOT}LICENSE`, 'utf8')).toMatch(/^MIT License\n/);
  });

  it("names its repository, and SARIF's informationUri is that repository's docs/rules.md", () => {
    const repository = pkg.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(repository).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w.-]+$/);
    expect(existsSync(`${ROOT}docs/rules.md`)).toBe(true);
    const repo = gitdir({ '.prompts/a.yaml': 'description: A\nmessages:\n  - role: user\n    content: hi\n' });
    const log = JSON.parse(runCli(['lint', '--format', 'sarif'], { cwd: repo.dir }).stdout) as { runs: Array<{ tool: { driver: { informationUri: string } } }> };
    expect(log.runs[0]!.tool.driver.informationUri).toBe(`${repository}/blob/main/docs/rules.md`);
  });
});
