import { LineCounter, type Document } from 'yaml';
import type { z } from 'zod';
import { decodePromptBytes, type DecodeResult } from './decode.js';
import { fastMapping } from './fast-yaml.js';
import type { Diagnostic } from './diagnostics.js';
import { formatPath, locate, type FieldPath } from './positions.js';
import { knownKeysAt, promptCheck, promptSchema, type PromptFile } from './schema.js';
import { didYouMean } from './suggest.js';
import { promptFields, type UnknownField } from './unknown-fields.js';
import { fieldMessages } from '../messages/fields.js';
import { readYamlDocument } from './yaml-document.js';
import { yamlProblem } from './yaml-errors.js';

/** yaml's own default; kept explicit because it is the guard against alias bombs. */
export const MAX_ALIAS_COUNT = 100;

/** A prompt file parsed with positions. `data` is set only when the file is valid. */
export interface ParsedPrompt {
  id: string;
  /** Repository-relative path, forward slashes. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain value of the YAML, whether or not it fits the schema. */
  raw: unknown;
  data?: PromptFile;
  diagnostics: Diagnostic[];
}

type Issue = z.core.$ZodIssue;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(raw: unknown, path: FieldPath): unknown {
  let value: unknown = raw;
  for (const part of path) value = (value as Record<string | number, unknown> | undefined)?.[part];
  return value;
}

function issueMessage(issue: Issue, raw: unknown): string {
  const where = formatPath(issue.path as FieldPath);
  const field = where === '' ? 'The file' : `"${where}"`;
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(raw, issue.path as FieldPath);
      if (value === undefined) return `${field} is required.`;
      return `${field} must be ${issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describe(value)}.`;
    }
    case 'invalid_value': {
      const value = valueAt(raw, issue.path as FieldPath);
      if (value === undefined) return `${field} is required.`;
      const options = issue.values.map(String);
      // `initialVersion: 1.0` is the number 1 to YAML: "not 1" would leave the user puzzled.
      if (typeof value === 'number' && issue.values.every((v) => typeof v === 'string')) {
        const quoted = options.find((option) => option.startsWith(String(value))) ?? options[0];
        return `${field} must be one of ${options.join(', ')}; YAML reads the unquoted value as the number ${value}, so quote it: "${quoted}".`;
      }
      return `${field} must be one of ${options.join(', ')}, not ${JSON.stringify(value)}.${didYouMean(String(value), options)}`;
    }
    case 'invalid_key':
      return `${field} is not a valid name: ${issue.issues[0]?.message ?? issue.message}.`;
    default:
      return `${field}: ${issue.message.replace(/^Invalid input: /, '')}${issue.message.endsWith('.') ? '' : '.'}`;
  }
}

/** Converts zod issues into diagnostics positioned at the offending key or value. */
export function schemaDiagnostics(
  issues: readonly Issue[],
  doc: Document,
  lc: LineCounter,
  raw: unknown,
  file: string,
  knownKeys: (path: FieldPath) => string[] | undefined = knownKeysAt,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: FieldPath, message: string, key = false): void => {
    const span = locate(doc, lc, path, { key });
    out.push({ file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column, message, code: 'valid-schema', severity: 'error' });
  };
  for (const issue of issues) {
    const path = issue.path as FieldPath;
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(path) ?? [];
      for (const key of issue.keys) {
        const where = formatPath([...path, key]);
        const extension = path.length === 0 && knownKeys === knownKeysAt ? ' (extension fields start with "x-")' : '';
        at([...path, key], `Unknown field "${where}"${extension}.${didYouMean(key, known)}`, true);
      }
    } else if (issue.code === 'invalid_key') {
      at(path, issueMessage(issue, raw), true);
    } else {
      at(path, issueMessage(issue, raw));
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

export interface YamlSource {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  raw: unknown;
  diagnostics: Diagnostic[];
}

/**
 * Parses YAML with positions; conflict markers, nesting too deep, syntax errors, duplicate
 * keys and alias bombs become diagnostics.
 */
export function parseYaml(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const { doc, refusals } = readYamlDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const source: YamlSource = { doc, lineCounter, raw: undefined, diagnostics: [] };
  const problem = (pos: readonly number[], message: string): void => {
    const start = lineCounter.linePos(pos[0] ?? 0);
    const end = lineCounter.linePos(pos[1] ?? pos[0] ?? 0);
    source.diagnostics.push({ file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col, message, code: 'valid-yaml', severity: 'error' });
  };
  for (const refusal of refusals) problem([refusal.start, refusal.end], refusal.message);
  for (const error of doc.errors) {
    const { pos, message } = yamlProblem(error, doc, lineCounter, text);
    problem(pos, message);
  }
  if (source.diagnostics.length > 0) return source;
  try {
    source.raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problem([0, 0], /alias/i.test(message) ? `YAML aliases expand too far (limit ${MAX_ALIAS_COUNT}); write the values out instead of nesting aliases.` : `YAML: ${message}`);
    return source;
  }
  const raw = source.raw;
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    problem(doc.contents?.range ?? [0, 0], `The file must be a YAML mapping of fields, not ${describe(raw)}.`);
  }
  return source;
}

/**
 * Parses YAML as parseYaml does, reading the value with js-yaml first (see fast-yaml.ts):
 * a clean file then has its `doc` and `lineCounter` parsed by yaml only if a position is asked for.
 */
export function readYaml(text: string, file: string): YamlSource {
  const fast = fastMapping(text);
  return fast ? withLazyDocument({ raw: fast, diagnostics: [] }, text, file) : parseYaml(text, file);
}

/**
 * Parses a prompt's text. Never throws for bad content: every problem found (YAML
 * syntax, duplicate keys, alias limit, schema) is returned as a diagnostic.
 */
export function parsePrompt(text: string, id: string, file: string): ParsedPrompt {
  const fast = fastMapping(text);
  if (fast) return checkSchema(withLazyDocument({ id, file, text, raw: fast, diagnostics: [] }, text, file));
  const { doc, lineCounter, raw, diagnostics } = parseYaml(text, file);
  return checkSchema({ id, file, text, doc, lineCounter, raw, diagnostics });
}

/**
 * Gives what the fast path read its `doc` and `lineCounter`, parsed by `yaml` on first use:
 * only when something needs a position (a finding) or an edit (a fix, a release).
 */
function withLazyDocument<T extends object>(target: T, text: string, file: string): T & Pick<YamlSource, 'doc' | 'lineCounter'> {
  let source: YamlSource | undefined;
  const full = () => (source ??= parseYaml(text, file));
  return Object.defineProperties(target, {
    doc: { get: () => full().doc, enumerable: true, configurable: true },
    lineCounter: { get: () => full().lineCounter, enumerable: true, configurable: true },
  }) as T & Pick<YamlSource, 'doc' | 'lineCounter'>;
}

/** Checks a prompt's YAML value against the schema, adding diagnostics at the fields. */
function checkSchema(result: ParsedPrompt): ParsedPrompt {
  const { file, raw, diagnostics } = result;
  if (diagnostics.length > 0) return result;
  if (raw === null || raw === undefined) {
    diagnostics.push({ file, line: 1, column: 1, message: 'The file has no fields; a prompt needs at least "messages".', code: 'valid-schema', severity: 'error' });
    return result;
  }
  const { fields, unknown } = promptFields(raw as object);
  const parsed = promptSchema.safeParse(fields, promptCheck());
  if (parsed.success && !unknown.some((u) => u.typo)) result.data = parsed.data;
  if (!parsed.success) diagnostics.push(...schemaDiagnostics(parsed.error.issues, result.doc, result.lineCounter, raw, file));
  for (const u of unknown) diagnostics.push(unknownFieldDiagnostic(u, result, file));
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return result;
}

/** A top-level key GitHub Models ignore: a warning, or an error when it is likely a typo of a field. */
function unknownFieldDiagnostic(u: UnknownField, prompt: ParsedPrompt, file: string): Diagnostic {
  const span = locate(prompt.doc, prompt.lineCounter, [u.key], { key: true });
  const message = u.typo ? fieldMessages.typo(u.key, u.typo) : u.place ? fieldMessages.misplaced(u.key, u.place) : fieldMessages.ignored(u.key);
  return { file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column, message, code: 'valid-schema', severity: u.typo ? 'error' : 'warn' };
}

/** Parses a decoded prompt file; content that could not be decoded keeps its diagnostic. */
export function parseDecoded(decoded: DecodeResult, id: string, file: string): ParsedPrompt {
  if (decoded.diagnostic) return { ...parsePrompt('', id, file), text: '', diagnostics: [decoded.diagnostic] };
  return parsePrompt(decoded.text, id, file);
}

/** Parses a prompt file's bytes; unreadable bytes (binary, not UTF-8, too large, empty) become a diagnostic. */
export function parseBytes(bytes: Uint8Array, id: string, file: string): ParsedPrompt {
  return parseDecoded(decodePromptBytes(bytes, file), id, file);
}
