import type { AnyRule } from '../types.js';
import { rule as circularPartial } from './circular-partial.js';
import { rule as evaluators } from './evaluators.js';
import { rule as fileName } from './file-name.js';
import { rule as idCaseCollision } from './id-case-collision.js';
import { rule as maxTokens } from './max-tokens.js';
import { rule as messageRoles } from './message-roles.js';
import { rule as missingPartial } from './missing-partial.js';
import { rule as modelParameters } from './model-parameters.js';
import { rule as noSecrets } from './no-secrets.js';
import { rule as requireDescription } from './require-description.js';
import { rule as schemaModeline } from './schema-modeline.js';
import { rule as templateSyntax } from './template-syntax.js';
import { rule as testData } from './test-data.js';
import { rule as undefinedVariable } from './undefined-variable.js';
import { rule as unusedDirective } from './unused-directive.js';
import { rule as unusedVariable } from './unused-variable.js';
import { rule as validSchema } from './valid-schema.js';
import { rule as validYaml } from './valid-yaml.js';
import { rule as versionConsistency } from './version-consistency.js';
import { rule as whitespace } from './whitespace.js';

/** Every rule, in the order they run and are documented. */
export const RULES: readonly AnyRule[] = [
  validYaml,
  validSchema,
  templateSyntax,
  undefinedVariable,
  unusedVariable,
  missingPartial,
  circularPartial,
  noSecrets,
  modelParameters,
  messageRoles,
  testData,
  evaluators,
  maxTokens,
  requireDescription,
  fileName,
  idCaseCollision,
  versionConsistency,
  schemaModeline,
  whitespace,
  unusedDirective,
];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((rule) => [rule.meta.id, rule]));
