import type { Contract, VariableContract } from '../core/contract.js';
import { Changes, same, shown } from './values.js';

type Scalar = string | number | boolean;

function describeNew(v: VariableContract): string {
  if (v.required) return `required ${v.type}`;
  return v.default === undefined ? `optional ${v.type}` : `optional, default ${shown(v.default)}`;
}

/** What a caller relies on: the type, whether it may be left out, the allowed values. */
function sameShape(a: VariableContract, b: VariableContract): boolean {
  return a.type === b.type && a.required === b.required && same(a.default, b.default) && same(a.enum, b.enum);
}

/**
 * Compares the variable contracts (declared or inferred from the templates). Anything that
 * makes a caller's existing variables fail to render is breaking: a new required variable,
 * a removed or renamed one, a type change, a variable becoming required, an enum narrowed.
 */
export function compareVariables(a: Contract, b: Contract, out: Changes): void {
  const removed = [...a.values()].filter((v) => !b.has(v.name));
  const added = [...b.values()].filter((v) => !a.has(v.name));
  // A removed and an added variable with the same shape is a rename, when the pairing is unambiguous.
  for (const old of [...removed]) {
    const twins = added.filter((v) => sameShape(v, old));
    if (twins.length !== 1 || removed.filter((v) => sameShape(v, old)).length !== 1) continue;
    const renamed = twins[0]!;
    removed.splice(removed.indexOf(old), 1);
    added.splice(added.indexOf(renamed), 1);
    out.add('variables', `variables.${renamed.name}`, 'renamed', 'breaking', `variable ${old.name} renamed to ${renamed.name}`, old.name, renamed.name);
  }
  for (const v of removed) out.add('variables', `variables.${v.name}`, 'removed', 'breaking', `-variable ${v.name}`, v, undefined);
  for (const v of added) out.add('variables', `variables.${v.name}`, 'added', v.required ? 'breaking' : 'feature', `+variable ${v.name} (${describeNew(v)})`, undefined, v);
  for (const before of a.values()) {
    const after = b.get(before.name);
    if (after) compareVariable(before, after, out);
  }
}

function compareVariable(a: VariableContract, b: VariableContract, out: Changes): void {
  const at = `variables.${a.name}`;
  const name = `variable ${a.name}`;
  if (a.type !== b.type) out.add('variables', `${at}.type`, 'changed', 'breaking', `${name}: type ${a.type} -> ${b.type}`, a.type, b.type);
  if (a.required !== b.required) {
    if (b.required) out.add('variables', `${at}.required`, 'changed', 'breaking', `${name}: now required`, false, true);
    else out.add('variables', `${at}.required`, 'changed', 'feature', `${name}: now optional`, true, false);
  }
  if (!same(a.default, b.default)) {
    out.add('variables', `${at}.default`, 'changed', 'feature', `${name}: default ${shown(a.default)} -> ${shown(b.default)}`, a.default, b.default);
  }
  if (!same(a.enum, b.enum)) compareEnum(a, b, at, name, out);
  if (a.description !== b.description) out.add('variables', `${at}.description`, 'changed', 'fix', `${name}: description edited`, a.description, b.description);
}

function compareEnum(a: VariableContract, b: VariableContract, at: string, name: string, out: Changes): void {
  const path = `${at}.enum`;
  if (b.enum === undefined) return out.add('variables', path, 'widened', 'feature', `${name}: any value allowed (enum removed)`, a.enum, undefined);
  if (a.enum === undefined) return out.add('variables', path, 'narrowed', 'breaking', `${name}: only ${b.enum.map((v) => shown(v)).join(', ')} allowed`, undefined, b.enum);
  const dropped = a.enum.filter((v) => !b.enum!.includes(v as Scalar));
  const gained = b.enum.filter((v) => !a.enum!.includes(v as Scalar));
  const list = (values: readonly Scalar[], sign: string) => values.map((v) => `${sign}${shown(v)}`).join(' ');
  if (dropped.length > 0) {
    const also = gained.length > 0 ? ` ${list(gained, '+')}` : '';
    out.add('variables', path, 'narrowed', 'breaking', `${name}: enum narrowed (${list(dropped, '-')}${also})`, a.enum, b.enum);
  } else if (gained.length > 0) {
    out.add('variables', path, 'widened', 'feature', `${name}: enum widened (${list(gained, '+')})`, a.enum, b.enum);
  } else {
    out.add('variables', path, 'changed', 'fix', `${name}: enum reordered`, a.enum, b.enum);
  }
}
