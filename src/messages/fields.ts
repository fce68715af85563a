/** User-facing strings about a prompt file's fields that GitHub Models and promptgit do not read. */
export const fieldMessages = {
  typo: (key: string, known: string) => `Unknown field "${key}" (extension fields start with "x-"). Did you mean "${known}"?`,
  misplaced: (key: string, place: string) => `Field "${key}" has no effect at the top level; move it to "${place}".`,
  ignored: (key: string) => `Unknown field "${key}" is ignored; rename it "x-${key}" if another tool reads it.`,
} as const;
