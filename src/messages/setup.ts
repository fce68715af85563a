/** What `init` and `new` say as they set up a repository and create prompts. */
export const setupMessages = {
  notARepo: (cwd: string) => `${cwd} is not inside a git work tree.`,
  notARepoHint: 'Run "git init" first, or "promptgit init --git" to create the repository too.',
  initCreated: (file: string) => `created  ${file}`,
  initRewritten: (file: string, kept: readonly string[] = []) => `rewrote  ${file}${kept.length > 0 ? ` (kept your ${kept.join(', ')})` : ''}`,
  initConfigUnreadable: (file: string, line: number, problem: string) =>
    `${file} line ${line} is not valid YAML (${problem}), so "init --force" cannot keep its settings.`,
  initConfigUnreadableHint: 'Fix that line and run "promptgit init --force" again, or delete the file to start from the defaults.',
  initUnchanged: (file: string) => `exists   ${file}`,
  initIgnored: (entry: string) => `ignored  ${entry} in .gitignore (eval's answer cache)`,
  initNothing: 'promptgit is already set up here; nothing changed (use --force to refresh the config and schema; your settings are kept).',
  initDone: (id: string) => `Done. Try "promptgit render ${id} --var ticket='My order is late'", then "promptgit new <id>".`,
  initFolders: (folders: readonly string[]) =>
    `Found GitHub Models prompt files in ${folders.join(', ')}: recorded in .prompts/_config.yaml (folders), so every command reads them where they are.`,
  initGit: (dir: string) => `Initialized a git repository in ${dir}.`,
  newExists: (file: string) => `${file} already exists.`,
  newExistsHint: 'Pick another id, or edit the existing file.',
  newCaseTwin: (id: string, other: string) => `"${id}" differs only by case from the existing prompt "${other}"; on macOS and Windows they would be one file.`,
  newCaseTwinHint: (other: string) => `Edit "${other}", or pick an id that differs by more than case.`,
  newCreated: (file: string) => `Created ${file}.`,
  newNext: (id: string) => `Edit it, then check it with "promptgit lint ${id}" and try it with "promptgit render ${id}".`,
  newNoSchema: 'Run "promptgit init" to add the JSON schema that editors use to complete and check the fields.',
  unknownTemplate: (name: string, list: string) => `Unknown template "${name}"; choose one of ${list}.`,
} as const;
