/**
 * User-facing strings, kept together so they read as one voice. Errors say what
 * happened and what to do next.
 */
export const messages = {
  notARepo: (cwd: string) => `${cwd} is not inside a git work tree.`,
  notARepoHint: 'Run "git init" first, or "promptgit init --git" to create the repository too.',
  initCreated: (file: string) => `created  ${file}`,
  initRewritten: (file: string) => `rewrote  ${file}`,
  initUnchanged: (file: string) => `exists   ${file}`,
  initNothing: 'promptgit is already set up here; nothing changed (use --force to rewrite the config and schema).',
  initDone: (id: string) => `Done. Try "promptgit render ${id} --var ticket='My order is late'", then "promptgit new <id>".`,
  initGit: (dir: string) => `Initialized a git repository in ${dir}.`,
  newExists: (file: string) => `${file} already exists.`,
  newExistsHint: 'Pick another id, or edit the existing file.',
  newCreated: (file: string) => `Created ${file}.`,
  newNext: (id: string) => `Edit it, then check it with "promptgit lint ${id}" and try it with "promptgit render ${id}".`,
  newNoSchema: 'Run "promptgit init" to add the JSON schema that editors use to complete and check the fields.',
  invalidId: (id: string, why: string) => `"${id}" is not a valid prompt id: ${why}.`,
  invalidIdHint: 'An id is a path under .prompts/ without the extension, like "support/triage".',
  unknownTemplate: (name: string, list: string) => `Unknown template "${name}"; choose one of ${list}.`,
  noPrompt: (id: string) => `No prompt "${id}" in .prompts/.`,
  noPromptHint: 'Run "promptgit list" to see the prompts, or "promptgit new <id>" to create one.',
  listEmpty: 'No prompts yet. Create one with "promptgit new <id>".',
  badVar: (text: string) => `--var "${text}" is not of the form name=value.`,
  varsNotObject: (source: string) => `${source} must hold a JSON object of variable values, like {"ticket": "..."}.`,
  varsUnreadable: (source: string, why: string) => `Cannot read variables from ${source}: ${why}.`,
  unknownFormat: (format: string, list: string) => `Unknown format "${format}"; choose one of ${list}.`,
  internal: 'This is a bug in promptgit. Please report it with the command you ran and the output of --debug.',
  debugHint: 'Run again with --debug for details.',
  usageHint: (command: string) => `(run "${command} --help" for usage)`,
} as const;
