/** Why git refuses a name for a tag (the rules of `git check-ref-format`), said for a prompt id or a tag prefix. */
export const refNameMessages = {
  control: 'it has a control character',
  forbidden: (char: string) => `it has ${char === ' ' ? 'a space' : `"${char}"`}, which git does not allow in a tag name`,
  doubleDot: 'it has "..", which git does not allow in a tag name',
  atBrace: 'it has "@{", which git does not allow in a tag name',
  slashes: 'it has an empty part between slashes ("//", or a "/" at the start or the end)',
  dotStart: 'a part of it between slashes starts with ".", which git does not allow in a tag name',
  lockEnd: 'a part of it between slashes ends with ".lock", which git does not allow in a tag name',
  dotEnd: 'it ends with ".", which git does not allow in a tag name',
  optionStart: 'it starts with "-", so git would read the tag name as an option',
} as const;
