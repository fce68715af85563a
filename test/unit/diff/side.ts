import { parsePrompt } from '../../../src/core/parse.js';
import type { PromptSide } from '../../../src/diff/types.js';

/** A diff side from YAML text, parsed the way the commands parse it. */
export function side(text: string, options: { id?: string; file?: string; partials?: Record<string, string> } = {}): PromptSide {
  const id = options.id ?? 'support/triage';
  const file = options.file ?? `.prompts/${id}.yaml`;
  const parsed = parsePrompt(text, id, file);
  return { id, file, text, data: parsed.data, raw: parsed.raw, partials: new Map(Object.entries(options.partials ?? {})) };
}

export const BASE = `name: Triage
description: Sorts tickets
model: openai/gpt-4o-mini
modelParameters:
  temperature: 0.2
variables:
  ticket:
    type: string
  tone:
    type: string
    enum: [formal, casual]
    default: formal
messages:
  - role: system
    content: You sort support tickets in a {{tone}} tone.
  - role: user
    content: "{{ticket}}"
testData:
  - ticket: My order is late
tags: [support]
metadata:
  owner: team-a
`;
