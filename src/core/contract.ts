import { renderMessages } from '../messages/render.js';
import { inferVariables } from './inferred-contract.js';
import type { PromptFile } from './schema.js';
import { matchesType, type VariableType } from './variable-types.js';
import { didYouMean } from './suggest.js';

/** One variable of a prompt's contract, declared in `variables` or inferred from the template. */
export interface VariableContract {
  name: string;
  type: VariableType;
  required: boolean;
  default?: unknown;
  enum?: readonly (string | number | boolean)[];
  description?: string;
  /** True when the prompt declares no `variables` and this one was read off the template. */
  inferred: boolean;
  /** Inferred sections only: the types the value may have (a list or a boolean); `type` is the first. */
  accepts?: readonly VariableType[];
  /** Inferred sections only: the names each item of the list must have, unless given at the top level. */
  fields?: readonly string[];
}

export type Contract = Map<string, VariableContract>;

/**
 * The variable contract callers must satisfy. Where `variables` is absent (plain GitHub
 * Models files), every variable the template references at the top level, itself or through
 * the partials it includes, is required: a string, or a list or boolean for a section (see
 * inferVariables).
 */
export function contractOf(prompt: PromptFile, partials: ReadonlyMap<string, string> = new Map()): Contract {
  const contract: Contract = new Map();
  if (prompt.variables) {
    for (const [name, spec] of Object.entries(prompt.variables)) {
      contract.set(name, {
        name,
        type: spec.type,
        required: spec.required ?? spec.default === undefined,
        ...(spec.default === undefined ? {} : { default: spec.default }),
        ...(spec.enum ? { enum: spec.enum } : {}),
        ...(spec.description === undefined ? {} : { description: spec.description }),
        inferred: false,
      });
    }
    return contract;
  }
  for (const variable of inferVariables(prompt.messages.map((m) => m.content), partials)) {
    contract.set(variable.name, { ...variable, required: true, inferred: true });
  }
  return contract;
}

/** Turns a command-line string into a value of the declared type, or undefined when it cannot be. */
export function coerce(text: string, type: VariableType): unknown {
  switch (type) {
    case 'string':
      return text;
    case 'number':
    case 'integer': {
      const n = text.trim() === '' ? NaN : Number(text);
      return matchesType(n, type) ? n : undefined;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'array':
    case 'object':
      try {
        const value: unknown = JSON.parse(text);
        return matchesType(value, type) ? value : undefined;
      } catch {
        return undefined;
      }
  }
}

export interface ResolvedVariables {
  values: Record<string, unknown>;
  /** One sentence per problem; empty when the values satisfy the contract. */
  problems: string[];
}

/**
 * Checks values against a contract and applies defaults. `fromText` values come from the
 * command line as strings and are converted to the declared type first.
 */
export function resolveVariables(contract: Contract, given: Record<string, unknown>, fromText: ReadonlySet<string> = new Set()): ResolvedVariables {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(given)) {
    const spec = contract.get(name);
    if (!spec) {
      problems.push(renderMessages.unknownVariable(name, [...contract.keys()], didYouMean(name, contract.keys())));
      continue;
    }
    const types = spec.accepts ?? [spec.type];
    const value = fromText.has(name) && typeof raw === 'string' ? coerceAny(raw, types) : raw;
    if (value === undefined || !types.some((type) => matchesType(value, type))) {
      problems.push(`Variable "${name}" must be ${types.map(article).join(' or ')}, not ${JSON.stringify(raw)}.`);
      continue;
    }
    const itemProblems = spec.fields && Array.isArray(value) ? itemFieldProblems(name, value, spec.fields, given) : [];
    if (itemProblems.length > 0) {
      problems.push(...itemProblems);
      continue;
    }
    if (spec.enum && !spec.enum.includes(value as string)) {
      problems.push(`Variable "${name}" must be one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}.`);
      continue;
    }
    values[name] = value;
  }
  for (const spec of contract.values()) {
    if (Object.hasOwn(given, spec.name)) continue;
    if (spec.default !== undefined) values[spec.name] = spec.default;
    else if (spec.required) problems.push(`Missing required variable "${spec.name}"${spec.description ? ` (${spec.description})` : ''}.`);
  }
  return { values, problems };
}

/** The first of the types a command-line string converts to. */
function coerceAny(text: string, types: readonly VariableType[]): unknown {
  for (const type of types) {
    const value = coerce(text, type);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * A section's list items must be mappings with the names its body uses; a name the caller
 * gives at the top level counts, since mustache looks a name up there too.
 */
function itemFieldProblems(name: string, items: readonly unknown[], fields: readonly string[], given: Record<string, unknown>): string[] {
  const needed = fields.filter((field) => field !== name && !Object.hasOwn(given, field));
  const problems: string[] = [];
  items.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      if (needed.length > 0) problems.push(renderMessages.itemNotMapping(name, i, needed, JSON.stringify(item)));
      return;
    }
    const missing = needed.filter((field) => !Object.hasOwn(item, field));
    if (missing.length > 0) problems.push(renderMessages.itemMissingFields(name, i, missing));
  });
  return problems;
}

function article(type: VariableType): string {
  return type === 'integer' || type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`;
}
