import { gitdir, type ScratchRepo } from '../../helpers/gitdir.js';
import { runCli, type CliResult } from '../../helpers/cli.js';

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
