import type { z } from 'zod';
import { CONFIG_PATH, type Config } from '../core/config.js';
import { CHECK_ONCE } from '../core/schema.js';
import type { YamlSource } from '../core/parse.js';
import { formatPath, locate, type FieldPath } from '../core/positions.js';
import { didYouMean } from '../core/suggest.js';
import { ProblemsError, type Problem } from '../errors.js';
import { lintMessages } from '../messages/lint.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import type { RuleSeverity } from './types.js';

/** A rule as configured for a run. */
export interface RuleSetting {
  severity: RuleSeverity;
  options: unknown;
}

export type RuleSettings = Map<string, RuleSetting>;

const SEVERITIES: readonly string[] = ['off', 'warn', 'error'];

/** A severity as written: a word, or eslint's number (0 off, 1 warn, 2 error); undefined when neither. */
function severityOf(value: unknown): RuleSeverity | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? (SEVERITIES[value] as RuleSeverity | undefined) : undefined;
  return typeof value === 'string' && SEVERITIES.includes(value) ? (value as RuleSeverity) : undefined;
}

function issueText(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path as FieldPath);
  return `${where === '' ? '' : `${where}: `}${issue.message.replace(/^Invalid input: /, '')}`;
}

function optionNames(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * Checks `lint.rules` entries against the rule registry: each is `off | warn | error` (or
 * eslint's `0 | 1 | 2`) or `[severity, options]`, options checked by the rule's zod schema.
 * Every invalid entry is a problem at its line in the config file.
 */
function checkRules(rules: Record<string, unknown>, source: YamlSource | undefined, file: string): { settings: RuleSettings; problems: Problem[] } {
  const settings: RuleSettings = new Map();
  const problems: Problem[] = [];
  const problem = (path: FieldPath, message: string, key = false) => {
    const span = source ? locate(source.doc, source.lineCounter, path, { key }) : undefined;
    problems.push({ message, file, ...(span ? { line: span.start.line, column: span.start.column } : {}) });
  };
  for (const rule of RULES) {
    settings.set(rule.meta.id, { severity: rule.meta.defaultSeverity, options: rule.meta.options?.parse({}, CHECK_ONCE) ?? {} });
  }
  for (const [id, value] of Object.entries(rules)) {
    const path = ['lint', 'rules', id];
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
      problem(path, lintMessages.unknownRule(id, didYouMean(id, RULES_BY_ID.keys())), true);
      continue;
    }
    const [written, options, extra] = Array.isArray(value) ? value : [value];
    const severity = severityOf(written);
    if (severity === undefined) {
      problem(Array.isArray(value) ? [...path, 0] : path, lintMessages.badSeverity(id, written));
      continue;
    }
    if (Array.isArray(value) && (value.length > 2 || extra !== undefined)) {
      problem(path, lintMessages.tooManyItems(id));
      continue;
    }
    let parsedOptions: unknown = settings.get(id)!.options;
    if (options !== undefined) {
      if (!rule.meta.options) {
        problem([...path, 1], lintMessages.noOptions(id));
        continue;
      }
      const parsed = rule.meta.options.safeParse(options, CHECK_ONCE);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const at: FieldPath = [...path, 1, ...(issue.path as FieldPath)];
          if (issue.code !== 'unrecognized_keys') problem(at, lintMessages.badOption(id, issueText(issue)));
          else for (const key of issue.keys) problem([...at, key], lintMessages.unknownOption(id, key, didYouMean(key, optionNames(rule.meta.options))), true);
        }
        continue;
      }
      parsedOptions = parsed.data;
    }
    settings.set(id, { severity, options: parsedOptions });
  }
  return { settings, problems };
}

/**
 * Resolves `lint.rules` of a valid config into the settings of a run; every invalid entry is
 * reported at once, at its line, in a ProblemsError.
 */
export function resolveRuleSettings(config: Config, source?: YamlSource, file = CONFIG_PATH): RuleSettings {
  const { settings, problems } = checkRules(config.lint.rules, source, file);
  if (problems.length > 0) {
    throw new ProblemsError(lintMessages.configInvalid(file, problems.length), problems, { hint: lintMessages.configHint });
  }
  return settings;
}

/**
 * The rule-entry problems of a config the schema rejected for other keys, so that parseConfig
 * reports both in one pass rather than the rules only after the rest is fixed.
 */
export function ruleProblems(raw: unknown, source: YamlSource, file = CONFIG_PATH): Problem[] {
  const rules = (raw as { lint?: { rules?: unknown } } | null | undefined)?.lint?.rules;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return [];
  return checkRules(rules as Record<string, unknown>, source, file).problems;
}
