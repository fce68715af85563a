import type { FieldPath } from '../../core/positions.js';
import { InputError, type InputDetails } from '../../errors.js';
import { evaluatorMessages } from '../../messages/evaluators.js';

/**
 * An evaluator that cannot run as written (gh models eval refused the file too). `path` is
 * the field at fault (`['evaluators', 2, 'string', 'regex']`) when the evaluator's index is
 * known, so the runner can name the file and line.
 */
export class EvaluatorConfigError extends InputError {
  readonly path?: FieldPath;
  constructor(message: string, details: InputDetails & { path?: FieldPath } = {}) {
    super(message, { hint: evaluatorMessages.configHint, ...details });
    if (details.path) this.path = details.path;
  }
}

/** Where an evaluator is, for its error messages. */
export interface EvaluatorSite {
  name: string;
  /** Its index in `evaluators`, when known. */
  index?: number;
  label: string;
}

export function siteOf(name: string, index: number | undefined): EvaluatorSite {
  return { name, ...(index === undefined ? {} : { index }), label: evaluatorMessages.label(name, index) };
}

/** The error for a field of the evaluator at `site`. */
export function configError(site: EvaluatorSite, message: string, fields: readonly (string | number)[] = [], hint?: string): EvaluatorConfigError {
  return new EvaluatorConfigError(message, { ...(site.index === undefined ? {} : { path: ['evaluators', site.index, ...fields] }), ...(hint ? { hint } : {}) });
}
