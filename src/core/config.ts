import * as z from 'zod';
import { ProblemsError, type Problem } from '../errors.js';
import { CONFIG_PATH } from './ids.js';
import { CHECK_ONCE } from './schema.js';
import { folderProblem, foldersOverlap, normalizeFolder } from './folders.js';
import { evalConfigSchema, evalKnownKeys } from './eval-config.js';

/** The config of a repository without `_config.yaml`. */
export function defaultConfig(): Config {
  return configSchema.parse({}, CHECK_ONCE);
}
import { parseYaml, schemaDiagnostics, type YamlSource } from './parse.js';
import { tagPrefixProblem } from './ref-names.js';
import type { FieldPath } from './positions.js';

const lintSchema = z.strictObject({
  /** Validated by the lint engine, which knows the rules and their option schemas. */
  rules: z.record(z.string(), z.unknown()).default({}),
  ignore: z.array(z.string()).default([]),
});

const foldersSchema = z
  .array(z.string().transform(normalizeFolder))
  .superRefine((folders, ctx) => {
    folders.forEach((folder, i) => {
      const problem = folderProblem(folder);
      if (problem) return void ctx.addIssue({ code: 'custom', path: [i], message: problem });
      const other = folders.findIndex((o, j) => j < i && folderProblem(o) === undefined && foldersOverlap(o, folder));
      if (other >= 0 && folders[other] !== folder) ctx.addIssue({ code: 'custom', path: [i], message: `"${folder}" and "${folders[other]}" overlap: name folders that do not contain one another` });
      else if (folder !== '.prompts' && foldersOverlap('.prompts', folder)) ctx.addIssue({ code: 'custom', path: [i], message: `"${folder}" overlaps .prompts/, which always holds prompts: leave it out` });
    });
  })
  .default([])
  .describe('Folders that hold prompts besides .prompts/ (in them only *.prompt.yml / *.prompt.yaml files), e.g. [.prompts, .github/prompts]');

export const configSchema = z.strictObject({
  folders: foldersSchema,
  tagPrefix: z
    .string()
    .regex(/^[A-Za-z0-9._/-]*$/, { message: 'may only use letters, digits, ".", "_", "-" and "/"', abort: true })
    .superRefine((prefix, ctx) => {
      const problem = tagPrefixProblem(prefix);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('prompts/')
    .describe('Release tags are named <tagPrefix><id>@<version>'),
  initialVersion: z.enum(['1.0.0', '0.1.0']).default('1.0.0').describe('The version of a first release'),
  lint: lintSchema.default({ rules: {}, ignore: [] }),
  eval: evalConfigSchema.optional().describe('promptgit eval: providers, the default provider and the default judge'),
});

export type Config = z.infer<typeof configSchema>;

export { CONFIG_PATH } from './ids.js';

function knownKeys(path: FieldPath): string[] | undefined {
  if (path.length === 0) return Object.keys(configSchema.shape);
  if (path.length === 1 && path[0] === 'lint') return Object.keys(lintSchema.shape);
  if (path[0] === 'eval') return evalKnownKeys(path);
  return undefined;
}

/** Problems a layer above finds in the same config (lint's rule entries), to report with the schema's. */
export type ConfigCheck = (raw: unknown, source: YamlSource) => Problem[];

/**
 * Parses config text; every problem in it is reported at once as a ProblemsError, with those
 * `alsoCheck` finds when the schema fails too, so a user fixes them all in one pass.
 */
export function parseConfig(text: string, file = CONFIG_PATH, alsoCheck?: ConfigCheck): { config: Config; source: ReturnType<typeof parseYaml> } {
  const source = parseYaml(text, file);
  const fail = (diagnostics: Problem[]): never => {
    throw new ProblemsError(`${file} is invalid.`, diagnostics, { hint: `Fix the entries above in ${file}, or delete it and run "promptgit init" to write a default one.` });
  };
  if (source.diagnostics.length > 0) fail(source.diagnostics);
  const parsed = configSchema.safeParse(source.raw ?? {}, CHECK_ONCE);
  if (!parsed.success) {
    const problems: Problem[] = [...schemaDiagnostics(parsed.error.issues, source.doc, source.lineCounter, source.raw, file, knownKeys), ...(alsoCheck?.(source.raw, source) ?? [])];
    fail(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  }
  return { config: parsed.data!, source };
}
