/** User-facing strings about prompt and config files promptgit refuses to read as they are. */
export const inputMessages = {
  conflictMarker: (marker: string) => `Merge conflict marker "${marker}": resolve the conflict (keep one side or combine them, and delete the marker lines), then "git add" the file.`,
  tooDeep: (max: number) => `Lists and mappings nest more than ${max} levels deep here; flatten the structure.`,
  sectionsTooDeep: (max: number) => `Sections nest more than ${max} deep`,
  partialsTooDeep: 'Partials include each other too deep to render',
} as const;
