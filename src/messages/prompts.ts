/** User-facing strings about prompt ids and the prompts a command names. */
export const promptMessages = {
  invalidId: (id: string, why: string) => `"${id}" is not a valid prompt id: ${why}.`,
  invalidIdHint: 'An id is a path under .prompts/ without the extension, like "support/triage".',
  noPrompt: (id: string) => `No prompt "${id}" in .prompts/.`,
  noPromptHint: 'Run "promptgit list" to see the prompts, or "promptgit new <id>" to create one.',
  listEmpty: 'No prompts yet. Create one with "promptgit new <id>".',
  badVar: (text: string) => `--var "${text}" is not of the form name=value.`,
  varsNotObject: (source: string) => `${source} must hold a JSON object of variable values, like {"ticket": "..."}.`,
  varsUnreadable: (source: string, why: string) => `Cannot read variables from ${source}: ${why}.`,
  varsUnreadableHint: '--vars takes a JSON file of variable values (a path from the current folder), or - to read them from standard input.',
} as const;
