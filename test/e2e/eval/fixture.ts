import { spawn } from 'node:child_process';
import { BIN, runCli, type CliResult } from '../../helpers/cli.js';
import { gitdir, isolatedGitEnv, type ScratchRepo } from '../../helpers/gitdir.js';

/** No key or endpoint from the developer's shell leaks into a test. */
export const NO_KEYS = { OPENAI_API_KEY: '', OPENAI_BASE_URL: '' };

/** A prompt whose echo reply is "Hello <name>": rows pass or fail by what they expect. */
export const GREET = `name: Greeter
description: Says hello
model: openai/gpt-4o-mini
variables:
  name: { type: string }
messages:
  - role: system
    content: You greet people.
  - role: user
    content: "Hello {{name}}"
testData:
  - name: Ada
    expected: hello ada
  - name: Bob
    expected: Hello Bob
evaluators:
  - name: greets
    string:
      contains: "{{expected}}"
  - name: exact
    string:
      equals: "Hello {{name}}"
`;

export function evalRepo(files: Record<string, string> = {}, prefix?: string): ScratchRepo {
  const repo = gitdir({ '.prompts/greet.yaml': GREET, ...files }, prefix === undefined ? {} : { prefix });
  repo.commit('prompts');
  return repo;
}

export function evalCli(repo: { dir: string }, args: readonly string[], env: Record<string, string> = {}): CliResult {
  return runCli(['eval', ...args], { cwd: repo.dir, env: { ...NO_KEYS, ...env } });
}

export interface AsyncRun extends CliResult {
  signal: NodeJS.Signals | null;
}

/**
 * Runs `promptgit eval` without blocking the event loop (the test's own server must answer
 * it). `interrupt`: when it resolves, the run gets a SIGINT, as from Ctrl-C.
 */
export function evalCliAsync(repo: { dir: string }, args: readonly string[], env: Record<string, string> = {}, interrupt?: Promise<unknown>): Promise<AsyncRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'eval', ...args], { cwd: repo.dir, env: isolatedGitEnv({ NO_COLOR: '1', ...NO_KEYS, ...env }), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ stdout, stderr, code: code ?? -1, signal }));
    void interrupt?.then(() => child.kill('SIGINT'));
  });
}
