import type { Diagnostic } from './diagnostics.js';
import { PROMPTS_DIR, idProblem } from './ids.js';
import { yamlLib } from './libs.js';
import { parseYaml, type YamlSource } from './parse.js';
import { envMessages as m } from '../messages/environments.js';
import { isVersion } from './refs.js';

export const ENVIRONMENTS_FILE = '_environments.yaml';
/** The environments file's repository-relative path. */
export const ENVIRONMENTS_PATH = `${PROMPTS_DIR}/${ENVIRONMENTS_FILE}`;

/** Which version of each prompt each environment serves: env -> id -> version. */
export interface Environments {
  /** The file read (repository-relative), present or not. */
  file: string;
  envs: Map<string, Map<string, string>>;
}

/** One `id: version` line of the file, with where its key and value are. */
export interface EnvironmentEntry {
  env: string;
  id: string;
  /** The value as written (a string when it is one; anything else is reported). */
  value: unknown;
  line: number;
  column: number;
  valueLine: number;
  valueColumn: number;
}

/** The file parsed with positions: the valid pointers, every line, and what is wrong. */
export interface ParsedEnvironments extends Environments {
  /** Whether the file exists at that state. */
  exists: boolean;
  text: string;
  entries: EnvironmentEntry[];
  /** The environments as written, with the line of each name. */
  names: { env: string; line: number }[];
  /** Problems of the file itself (YAML, keys, values); not whether a release exists. */
  diagnostics: Diagnostic[];
  source?: YamlSource;
}

/** Words a reference already gives a meaning after `@`. */
const RESERVED = new Set(['latest', 'HEAD', 'index']);
const ENV_NAME = /^[A-Za-z][A-Za-z0-9._-]*$/;

/** Why a name cannot be an environment, or undefined. */
export function envNameProblem(name: string): string | undefined {
  if (!ENV_NAME.test(name)) return m.envNameChars;
  if (RESERVED.has(name)) return m.envNameReserved(name);
  return undefined;
}

export const RULE_ID = 'environment-version';

function emptyEnvironments(file: string, text: string, exists: boolean): ParsedEnvironments {
  return { file, exists, text, envs: new Map(), entries: [], names: [], diagnostics: [] };
}

/**
 * Parses the environments file's text. Never throws: YAML errors, a name that cannot be an
 * environment, an invalid id and a value that is not a full version are diagnostics at
 * their line; the valid pointers are in `envs` all the same.
 */
export function parseEnvironments(text: string, file = ENVIRONMENTS_PATH): ParsedEnvironments {
  const out = emptyEnvironments(file, text, true);
  if (text.trim() === '') return out;
  const source = parseYaml(text, file);
  out.source = source;
  out.diagnostics.push(...source.diagnostics);
  if (source.diagnostics.length > 0 || source.raw === null || source.raw === undefined) return out;
  const { isMap, isScalar } = yamlLib();
  const { doc, lineCounter } = source;
  const pos = (range: readonly number[] | null | undefined) => lineCounter.linePos(range?.[0] ?? 0);
  const report = (range: readonly number[] | null | undefined, message: string) => {
    const start = pos(range);
    const end = lineCounter.linePos(range?.[1] ?? range?.[0] ?? 0);
    out.diagnostics.push({ file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, message, code: RULE_ID, severity: 'error' });
  };
  if (!isMap(doc.contents)) {
    report(doc.contents?.range, m.notMapping(file));
    return out;
  }
  for (const pair of doc.contents.items) {
    const keyNode = isScalar(pair.key) ? pair.key : undefined;
    const env = String(keyNode ? keyNode.value : pair.key);
    const keyRange = keyNode?.range;
    const problem = envNameProblem(env);
    if (problem) {
      report(keyRange, m.badEnvName(env, problem));
      continue;
    }
    out.names.push({ env, line: pos(keyRange).line });
    const pointers = new Map<string, string>();
    out.envs.set(env, pointers);
    const value = pair.value;
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (!isMap(value)) {
      report((value as { range?: number[] } | undefined)?.range ?? keyRange, m.envNotMapping(env));
      continue;
    }
    for (const item of value.items) {
      const idNode = isScalar(item.key) ? item.key : undefined;
      const id = String(idNode ? idNode.value : item.key);
      const valueNode = isScalar(item.value) ? item.value : undefined;
      const at = pos(idNode?.range);
      const valueAt = pos(valueNode?.range ?? idNode?.range);
      const written = valueNode ? valueNode.value : item.value;
      out.entries.push({ env, id, value: written, line: at.line, column: at.col, valueLine: valueAt.line, valueColumn: valueAt.col });
      const idWhy = idProblem(id);
      if (idWhy) {
        report(idNode?.range, m.badId(env, id, idWhy));
        continue;
      }
      if (typeof written !== 'string' || !isVersion(written)) {
        report(valueNode?.range ?? idNode?.range, m.badVersion(env, id, written === null || written === undefined ? 'empty' : JSON.stringify(written)));
        continue;
      }
      pointers.set(id, written);
    }
  }
  return out;
}

/** The environments file of a state that has none. */
export function missingEnvironments(file = ENVIRONMENTS_PATH): ParsedEnvironments {
  return emptyEnvironments(file, '', false);
}
