import { VARIABLE_TYPES, matchesType, type VariableType } from '../core/schema.js';

/** Other tools' names for promptgit's variable types. */
const ALIASES: Record<string, VariableType> = { float: 'number', double: 'number', int: 'integer', bool: 'boolean', str: 'string', list: 'array', dict: 'object', map: 'object' };

/** The promptgit type of another tool's type name, or undefined when there is none. */
export function variableType(name: unknown): VariableType | undefined {
  if (typeof name !== 'string') return undefined;
  const lower = name.toLowerCase();
  return (VARIABLE_TYPES as readonly string[]).includes(lower) ? (lower as VariableType) : ALIASES[lower];
}

/** The type a sample or default value has. */
export function typeOfValue(value: unknown): VariableType {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'object' && value !== null) return 'object';
  return 'string';
}

export { matchesType };
