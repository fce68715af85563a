/** What the store says about the files of a state: names, duplicates, partials, references. */
export const storeMessages = {
  invalidName: (file: string, why: string) => `${file} is not read as a prompt: its name is not a valid id (${why}). Rename it, e.g. to lower-case letters, digits and "-".`,
  duplicateId: (id: string, others: readonly string[]) => `Prompt id "${id}" is also claimed by ${others.join(', ')}; keep one file per id (remove or rename the others).`,
  ambiguousId: (id: string, files: readonly string[]) => `Prompt id "${id}" is ambiguous: ${files.join(' and ')} both claim it.`,
  ambiguousIdHint: 'Keep one file per id: remove or rename the others, then run "promptgit lint".',
  brokenLink: 'Broken symbolic link; remove it or point it at a file in the repository.',
  linkOutside: 'Symbolic link points outside the repository; promptgit only reads files inside it.',
  notRegular: 'Not a regular file; a prompt must be a YAML file.',
  notAFolder: (dir: string) => `${dir} is a file; it must be a folder of prompts.`,
  noMatchingRelease: (id: string, range: string) => `No release of "${id}" matches "${range}".`,
  itsReleases: (versions: readonly string[]) => `Its releases: ${versions.join(', ')}.`,
  noReleaseTags: (id: string, tag: string) => `It has no release tags yet (${tag}); run "promptgit release ${id}".`,
  notAVersion: (version: string) => `"${version}" is not a version, a semver range or "latest".`,
  notAVersionHint: 'For example { version: "1.2.0" }, { version: "^1.2" } or { version: "latest" }.',
  configUnreadable: (file: string, why: string) => `Cannot read ${file} (${why}).`,
  configUnreadableHint: (dir: string, file: string) => `Check that ${dir} is a folder and ${file} a readable file.`,
  partialLinkOutside: (name: string) => `Partial "${name}" is a symbolic link that leaves the repository; promptgit never reads it.`,
} as const;
