import type { PromptFile } from '../core/schema.js';

/** Something the target format cannot carry, named by the source file, its line and the field. */
export interface Loss {
  file: string;
  line?: number;
  /** The field or construct, as the source names it: `model.connection`, `{{#if}}`, `tools`. */
  field: string;
  message: string;
}

/** A partial a converted prompt includes: promptgit's `_partials/<name>.md` or dotprompt's `_<name>.prompt`. */
export interface PartialText {
  name: string;
  content: string;
}

/** One prompt read from another format, as promptgit fields (not yet text). */
export interface ImportedPrompt {
  /** The id it takes under .prompts/ (the source's name, made a valid id). */
  id: string;
  /** The source file it came from. */
  file: string;
  prompt: PromptFile;
  partials: PartialText[];
  losses: Loss[];
}

/** A file an export writes, relative to the output folder. */
export interface ExportedFile {
  file: string;
  content: string;
}

/** What exporting one prompt gives: its files and what they could not carry. */
export interface ExportResult {
  files: ExportedFile[];
  losses: Loss[];
}

/** The prompt an export reads: the validated fields, its id and file, and the partials of the same state. */
export interface ExportSource {
  id: string;
  file: string;
  prompt: PromptFile;
  partials: ReadonlyMap<string, string>;
}

/** A source file that cannot be converted at all (no YAML, no message): the command names the file and line. */
export class InteropInputError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}
