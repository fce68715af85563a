/** What the command line says about itself: usage, formats, bugs. */
export const cliMessages = {
  unknownFormat: (format: string, list: string) => `Unknown format "${format}"; choose one of ${list}.`,
  internal: 'This is a bug in promptgit. Please report it with the command you ran and the output of --debug.',
  debugHint: 'Run again with --debug for details.',
  usageHint: (command: string) => `(run "${command} --help" for usage)`,
  unknownCommand: (name: string, guess: string) => `Unknown command "${name}".${guess}`,
  unknownCommandHint: 'Run "promptgit --help" to see the commands.',
} as const;
