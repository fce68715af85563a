import type { VariableSpec } from '../../core/schema.js';
import { matchesType, typeOfValue, variableType } from '../variable-types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A field that promptgit's flat contract cannot carry whole, by its Picoschema key. */
export interface SchemaLoss {
  field: string;
  message: string;
}

/** `name`, `name?`, `name(type)`, `name?(type, description)`: a Picoschema key. */
const KEY = /^([^?(]+?)(\?)?(?:\(\s*([A-Za-z*]+)\s*(?:,\s*(.*))?\))?$/;

/**
 * Reads Dotprompt's `input.schema` into promptgit variables: Picoschema (`name: string, a
 * description`, `name?: …` optional, `name(enum, …): [A, B]`, `name(array): string`,
 * `name(object): {…}`) or a JSON Schema object with `properties`. promptgit's contract is
 * flat: the fields of an object and the item type of a list are kept by Dotprompt only.
 */
export function readInputSchema(schema: unknown, defaults: Obj): { variables: Record<string, VariableSpec>; losses: SchemaLoss[] } {
  const variables: Record<string, VariableSpec> = {};
  const losses: SchemaLoss[] = [];
  if (isObj(schema) && (schema.type === 'object' || isObj(schema.properties))) return readJsonSchema(schema, defaults);
  if (!isObj(schema)) {
    losses.push({ field: 'input.schema', message: typeof schema === 'string' ? `the named schema "${schema}" is defined in code; not carried` : 'not a mapping of fields; not carried' });
    return { variables, losses };
  }
  for (const [key, value] of Object.entries(schema)) {
    const m = KEY.exec(key.trim());
    const name = m?.[1]?.trim() ?? key;
    if (name === '(*)' || key.trim() === '(*)') {
      losses.push({ field: key, message: 'a wildcard field takes any name; promptgit declares each variable' });
      continue;
    }
    if (!m || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      losses.push({ field: key, message: `"${name}" is not a variable name promptgit takes (letters, digits and "_"); left out` });
      continue;
    }
    const optional = m[2] === '?';
    const paren = m[3]?.toLowerCase();
    let description = m[4]?.trim();
    let spec: VariableSpec;
    if (paren === 'enum') {
      const values = Array.isArray(value) ? value.filter((v) => v !== null) : [];
      const type = values.length > 0 ? typeOfValue(values[0]) : 'string';
      spec = { type };
      if (values.length > 0 && values.every((v) => matchesType(v, type))) spec.enum = values as Array<string | number | boolean>;
      else losses.push({ field: key, message: 'the enum values are not all of one type; not carried' });
    } else if (paren === 'array') {
      spec = { type: 'array' };
      if (value !== 'any' && !(typeof value === 'string' && value.startsWith('any,'))) losses.push({ field: key, message: 'the type of the items is not carried: promptgit checks that the value is a list' });
    } else if (paren === 'object' || isObj(value)) {
      spec = { type: 'object' };
      if (!(isObj(value) && Object.keys(value).length === 1 && '(*)' in value && String(value['(*)']).startsWith('any'))) losses.push({ field: key, message: 'the fields of the object are not carried: promptgit checks that the value is an object' });
    } else if (typeof value === 'string') {
      const [typeName, ...rest] = value.split(',');
      const scalar = typeName!.trim();
      if (rest.length > 0) description ??= rest.join(',').trim();
      const type = scalar === 'any' ? undefined : variableType(scalar);
      if (!type) losses.push({ field: key, message: `the type "${scalar}" has no promptgit type; read as a string` });
      spec = { type: type ?? 'string' };
    } else {
      losses.push({ field: key, message: 'not a Picoschema type; read as a string' });
      spec = { type: 'string' };
    }
    if (description) spec.description = description;
    applyDefault(spec, name, optional, defaults, losses);
    variables[name] = spec;
  }
  return { variables, losses };
}

function readJsonSchema(schema: Obj, defaults: Obj): { variables: Record<string, VariableSpec>; losses: SchemaLoss[] } {
  const variables: Record<string, VariableSpec> = {};
  const losses: SchemaLoss[] = [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  for (const [name, prop] of Object.entries(isObj(schema.properties) ? schema.properties : {})) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      losses.push({ field: name, message: `"${name}" is not a variable name promptgit takes; left out` });
      continue;
    }
    const p = isObj(prop) ? prop : {};
    const type = variableType(Array.isArray(p.type) ? p.type.find((t) => t !== 'null') : p.type);
    if (!type) losses.push({ field: name, message: 'no promptgit type; read as a string' });
    const spec: VariableSpec = { type: type ?? 'string' };
    if (typeof p.description === 'string') spec.description = p.description;
    if (Array.isArray(p.enum) && p.enum.every((v) => matchesType(v, spec.type))) spec.enum = p.enum as Array<string | number | boolean>;
    if (p.default !== undefined && defaults[name] === undefined) defaults = { ...defaults, [name]: p.default };
    for (const k of Object.keys(p)) if (!['type', 'description', 'enum', 'default'].includes(k)) losses.push({ field: `${name}.${k}`, message: `the JSON Schema keyword "${k}" is not carried` });
    applyDefault(spec, name, !required.has(name), defaults, losses);
    variables[name] = spec;
  }
  return { variables, losses };
}

function applyDefault(spec: VariableSpec, name: string, optional: boolean, defaults: Obj, losses: SchemaLoss[]): void {
  const value = defaults[name];
  if (value !== undefined) {
    if (matchesType(value, spec.type) && (!spec.enum || spec.enum.includes(value as never))) spec.default = value;
    else losses.push({ field: `input.default.${name}`, message: `not carried: the default is not a ${spec.type}${spec.enum ? ' of the enum' : ''}` });
  }
  // A default makes a variable optional in promptgit; say so only where it differs.
  const required = !optional;
  if (required !== (spec.default === undefined)) spec.required = required;
}

/** Writes promptgit variables as Picoschema, with their defaults apart (Dotprompt's `input.default`). */
export function writeInputSchema(variables: Record<string, VariableSpec>): { schema: Obj; defaults: Obj } {
  const schema: Obj = {};
  const defaults: Obj = {};
  for (const [name, spec] of Object.entries(variables)) {
    const required = spec.required ?? spec.default === undefined;
    const key = `${name}${required ? '' : '?'}`;
    const desc = spec.description;
    if (spec.enum) schema[`${key}(enum${desc ? `, ${desc}` : ''})`] = [...spec.enum];
    else if (spec.type === 'array') schema[`${key}(array${desc ? `, ${desc}` : ''})`] = 'any';
    else if (spec.type === 'object') schema[`${key}(object${desc ? `, ${desc}` : ''})`] = { '(*)': 'any' };
    else schema[key] = desc ? `${spec.type}, ${desc}` : spec.type;
    if (spec.default !== undefined) defaults[name] = spec.default;
  }
  return { schema, defaults };
}
