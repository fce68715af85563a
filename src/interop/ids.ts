import { idProblem } from '../core/ids.js';

/**
 * A promptgit id from another tool's prompt name (`Support / Triage v2` -> `Support/Triage-v2`):
 * each segment keeps letters, digits, ".", "_" and "-", and starts with a letter or digit.
 * Undefined when nothing usable is left.
 */
export function idFromName(name: string): string | undefined {
  const segments = name
    .split('/')
    .map((s) => s.trim().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/[-.]+$/, ''))
    .filter((s) => s !== '');
  const id = segments.join('/').replace(/\.(prompt\.)?ya?ml$/i, '').replace(/\.lock(\/|$)/gi, '-lock$1');
  return id !== '' && idProblem(id) === undefined ? id : undefined;
}
