/** User-facing strings of rendering: templates, partial names, variables. */
export const renderMessages = {
  unreadablePartials: (file: string, n: number) => `Cannot render ${file}: ${n === 1 ? 'a partial it includes cannot' : `${n} partials it includes cannot`} be read.`,
  unreadablePartialsHint: 'Make each partial a UTF-8 text file inside the repository (not a link that leads out of it), then run "promptgit lint".',
  invalidTemplate: (file: string) => `Cannot render ${file}: its template is invalid.`,
  templateError: (error: string, index: number) => `${error} in messages[${index}].content.`,
  wrongVariables: (file: string, n: number) => `Cannot render ${file}: ${n === 1 ? 'a variable is' : `${n} variables are`} wrong.`,
  badJsonSchema: (file: string) => `Cannot render ${file}: responseFormat is json_schema but its jsonSchema cannot be sent.`,
  badJsonSchemaProblem: (problem: string) => `jsonSchema is ${problem}; it must be a JSON string with "name" and "schema".`,
  badJsonSchemaHint: 'Fix jsonSchema, then run "promptgit lint" to check.',
  wrongVariablesHint: 'Pass variables with --var name=value or --vars file.json.',
  itemNotMapping: (name: string, index: number, fields: readonly string[], value: string) =>
    `Variable "${name}" item ${index} must be a mapping with ${fields.map((f) => `"${f}"`).join(', ')}, not ${value}.`,
  itemMissingFields: (name: string, index: number, fields: readonly string[]) =>
    `Variable "${name}" item ${index} has no ${fields.map((f) => `"${f}"`).join(', ')}; the section's body uses ${fields.length === 1 ? 'it' : 'them'}.`,
  unknownVariable: (name: string, known: readonly string[], suggestion: string) => `Unknown variable "${name}": the prompt takes ${known.length === 0 ? 'no variables' : known.map((k) => `"${k}"`).join(', ')}.${suggestion}`,
  partialNameEmpty: 'the name is empty',
  partialNameAbsolute: 'it is an absolute path; a partial is named by its path under .prompts/_partials/ without ".md"',
  partialNameBackslash: 'use "/" between folders, not "\\"',
  partialNameControl: 'it contains a control character',
  partialNameDots: '"." and ".." segments would lead out of .prompts/_partials/',
  partialNameEmptySegment: 'it has an empty segment ("//" or a trailing "/")',
  /** `messages[0].content and partial "sig"`. */
  sites: (sites: readonly string[]) => list(sites),
  messageSite: (index: number) => `messages[${index}].content`,
  partialSite: (name: string) => `partial "${name}"`,
  undeclared: (name: string, sites: string, suggestion: string) => `"${name}" is used in ${sites} but not declared in variables.${suggestion}`,
  missingPartial: (name: string, sites: string) => `Partial "${name}" (included by ${sites}) does not exist: there is no .prompts/_partials/${name}.md.`,
  invalidPartial: (name: string, sites: string, why: string) => `"${name}" (included by ${sites}) is not a valid partial name: ${why}.`,
  /** `Cannot render f: its templates use 2 undeclared variables and a missing partial.` */
  unusable: (file: string, counts: { undeclared: number; missing: number; invalid: number }) => {
    const parts = [
      count(counts.undeclared, 'an undeclared variable', 'undeclared variables'),
      count(counts.missing, 'a missing partial', 'missing partials'),
      count(counts.invalid, 'an invalid partial name', 'invalid partial names'),
    ];
    return `Cannot render ${file}: its templates use ${list(parts.filter((part) => part !== ''))}.`;
  },
  unusableHint: (counts: { undeclared: number; missing: number; invalid: number }) => {
    const steps = [
      counts.undeclared > 0 ? 'declare each variable under variables: or remove it from the template' : '',
      counts.missing > 0 ? 'create each missing partial in .prompts/_partials/ or fix its name' : '',
      counts.invalid > 0 ? 'name a partial by its path under .prompts/_partials/, without ".md"' : '',
    ].filter((step) => step !== '');
    const text = steps.join('; ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}. "promptgit lint" points at each one.`;
  },
} as const;

function count(n: number, one: string, many: string): string {
  return n === 0 ? '' : n === 1 ? one : `${n} ${many}`;
}

/** `a`, `a and b`, `a, b and c`. */
function list(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}
