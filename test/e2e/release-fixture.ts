import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gitdir, type ScratchRepo } from '../helpers/gitdir.js';

/** A lint-clean prompt with comments in odd places, to prove a release keeps every byte. */
export const TRIAGE = `# Triage prompt: owned by the support team.
name: Triage   # shown in list
description: Sorts support tickets
model: openai/gpt-4o-mini
modelParameters:
  temperature: 0.2
variables:
  ticket:
    type: string
    description: The ticket text
  tone:
    type: string
    enum: [formal, casual]
    default: formal
messages:
  - role: system
    content: You sort support tickets in a {{tone}} tone.   # keep this comment
  - role: user
    content: "{{ticket}}"
testData:
  - ticket: My order is late
`;

export const SUMMARY = `name: Summary
description: Summarizes a thread
messages:
  - role: user
    content: "Summarize: {{thread}}"
variables:
  thread:
    type: string
`;

/** A committed repository with `.prompts/support/triage.yaml` and `.prompts/summary.yaml`. */
export function promptRepo(extra: Record<string, string> = {}): ScratchRepo {
  return gitdir({ '.prompts/support/triage.yaml': TRIAGE, '.prompts/summary.yaml': SUMMARY, ...extra });
}

export function read(repo: ScratchRepo, file: string): string {
  return readFileSync(path.join(repo.dir, file), 'utf8');
}

/** Replaces text in a file and commits it. */
export function edit(repo: ScratchRepo, file: string, from: string, to: string, commit = true): void {
  const text = read(repo, file);
  if (!text.includes(from)) throw new Error(`${file} does not contain ${from}`);
  writeFileSync(path.join(repo.dir, file), text.replace(from, to));
  if (commit) repo.commit(`edit ${file}`);
}

export function hook(repo: ScratchRepo, name: string, script: string): void {
  const file = path.join(repo.dir, '.git', 'hooks', name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
}

export function tags(repo: ScratchRepo): string[] {
  return repo.git('tag', '-l').trim().split('\n').filter(Boolean);
}
