/** User-facing strings about YAML syntax, where yaml's own wording does not say what to do. */
export const yamlMessages = {
  unclosedQuote: (quote: string) => `The ${quote === '"' ? 'double' : 'single'} quote opened here is never closed, so YAML reads the rest of the file into this string; add the closing ${quote}.`,
  duplicateKey: (key: string, firstLine: number | undefined) =>
    `Duplicate key "${key}"${firstLine === undefined ? '' : ` (first on line ${firstLine})`}: a mapping holds each key once; remove one or rename it.`,
  tabIndent: 'Tab in indentation, which YAML does not allow; indent with spaces (--fix replaces each tab with two spaces).',
} as const;
