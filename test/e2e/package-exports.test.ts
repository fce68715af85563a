import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gitdir, isolatedGitEnv } from '../helpers/gitdir.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs an ES module as an app would, importing promptgit by its package name (self-reference through `exports`). */
function app(code: string, cwd: string): { stdout: string; stderr: string; code: number | null } {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: PACKAGE_ROOT, env: isolatedGitEnv({ REPO: cwd }), encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}

describe('the package entries', () => {
  it('loads and renders through "promptgit", lints through "promptgit/lint", diffs through "promptgit/diff"', () => {
    const repo = gitdir({ '.prompts/triage.yaml': 'version: 1.0.0\nmessages:\n  - role: user\n    content: "Ticket: {{ticket}}"\n' });
    repo.git('tag', '-a', 'prompts/triage@1.0.0', '-m', 'triage@1.0.0');
    const result = app(
      `import { loadPrompt, renderPrompt, isPromptgitError, InputError } from 'promptgit';
       import { lintWorkspace } from 'promptgit/lint';
       import { semanticDiff } from 'promptgit/diff';
       const prompt = await loadPrompt('triage', { cwd: process.env.REPO });
       const rendered = renderPrompt(prompt, { ticket: 'late' });
       const report = await lintWorkspace({ cwd: process.env.REPO });
       const missing = await loadPrompt('nope', { cwd: process.env.REPO }).catch((e) => e);
       const diff = semanticDiff(undefined, { id: 'triage', file: prompt.file, text: prompt.text, data: prompt.data, raw: prompt.data, partials: prompt.partials });
       console.log(JSON.stringify({ version: prompt.version, keys: Object.keys(prompt).sort(), content: rendered.messages[0].content, errors: report.errorCount,
         missing: [isPromptgitError(missing), missing instanceof InputError, missing.code], diff: diff.status }));`,
      repo.dir,
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      version: '1.0.0',
      keys: ['contract', 'data', 'file', 'id', 'partials', 'ref', 'text', 'version'],
      content: 'Ticket: late',
      errors: 0,
      missing: [true, true, 'input'],
      diff: 'added',
    });
  });
});
