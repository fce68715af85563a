import { contractOf } from '../../core/contract.js';
import { evaluatorReads } from '../../core/evaluator-reads.js';
import { matchesType } from '../../core/schema.js';
import { didYouMean } from '../../core/suggest.js';
import type { Report, Rule } from '../types.js';
import { validFields } from '../../core/valid-fields.js';

/** The answer a row expects: GitHub Models rows carry it for `github/similarity` and string evaluators. */
const EXPECTED = 'expected';

export const rule: Rule = {
  meta: {
    id: 'test-data',
    description:
      'Each `testData` row gives every variable the template needs, in the declared type; a key that neither the template nor an evaluator reads is a stale row (a warning).',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'testData[{{row}}] is missing the required variable "{{name}}".',
      missingInferred: 'testData[{{row}}] has no "{{name}}", which the template uses; the placeholder would stay in the prompt.',
      unread: 'testData[{{row}}] sets "{{name}}", which neither the template nor an evaluator reads.{{hint}}',
      type: 'testData[{{row}}].{{name}} must be {{expected}}, not {{actual}}.',
      notInEnum: 'testData[{{row}}].{{name}} must be one of {{values}}, not {{actual}}.',
      itemNotMapping: 'testData[{{row}}].{{name}}[{{item}}] must be a mapping with {{fields}}, not {{actual}}.',
      itemMissing: 'testData[{{row}}].{{name}}[{{item}}] has no {{fields}}, which the section\'s body uses.',
    },
  },
  check(prompt, context) {
    const { fields: data, invalid } = validFields(prompt);
    if (!data.testData || invalid.has('variables')) return;
    // Without variables the contract is read off the messages: they must be valid to read it.
    if (!data.variables && !data.messages) return;
    const contract = contractOf({ ...data, messages: data.messages ?? [] }, context.partials);
    const evaluators = evaluatorReads(data.evaluators);
    data.testData.forEach((row, i) => {
      for (const spec of contract.values()) {
        if (!spec.required || spec.default !== undefined || Object.hasOwn(row, spec.name)) continue;
        // A declared contract is a promise; an inferred one is what GitHub Models would have left unfilled.
        if (spec.inferred) context.report({ messageId: 'missingInferred', data: { row: i, name: spec.name }, at: ['testData', i], severity: 'warn' });
        else context.report({ messageId: 'missing', data: { row: i, name: spec.name }, at: ['testData', i] });
      }
      for (const [name, value] of Object.entries(row)) {
        const spec = contract.get(name);
        if (!spec) {
          if (name === EXPECTED || evaluators.has(name)) continue;
          context.report({ messageId: 'unread', data: { row: i, name, hint: didYouMean(name, contract.keys()) }, at: ['testData', i, name], key: true, severity: 'warn' });
        } else if (!spec.inferred && !matchesType(value, spec.type)) {
          context.report({ messageId: 'type', data: { row: i, name, expected: `of type ${spec.type}`, actual: JSON.stringify(value) }, at: ['testData', i, name] });
        } else if (spec.accepts && !spec.accepts.some((type) => matchesType(value, type))) {
          // A section of an inferred contract: render refuses the row, so eval fails it with no model call.
          context.report({ messageId: 'type', data: { row: i, name, expected: `of type ${spec.accepts.join(' or ')}`, actual: JSON.stringify(value) }, at: ['testData', i, name] });
        } else if (spec.fields && Array.isArray(value)) {
          checkItems(row, i, name, value, spec.fields, context.report);
        } else if (spec.enum && !spec.enum.includes(value as string)) {
          context.report({ messageId: 'notInEnum', data: { row: i, name, values: spec.enum.map((v) => JSON.stringify(v)).join(', '), actual: JSON.stringify(value) }, at: ['testData', i, name] });
        }
      }
    });
  },
};

/** The items of a section's list have the names its body uses (or the row gives them at the top level), as render requires. */
function checkItems(row: Record<string, unknown>, i: number, name: string, items: readonly unknown[], fields: readonly string[], report: (r: Report) => void): void {
  const needed = fields.filter((field) => field !== name && !Object.hasOwn(row, field));
  if (needed.length === 0) return;
  const list = needed.map((f) => `"${f}"`).join(', ');
  items.forEach((item, j) => {
    const at = ['testData', i, name, j];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return report({ messageId: 'itemNotMapping', data: { row: i, name, item: j, fields: list, actual: JSON.stringify(item) }, at });
    const missing = needed.filter((field) => !Object.hasOwn(item, field));
    if (missing.length > 0) report({ messageId: 'itemMissing', data: { row: i, name, item: j, fields: missing.map((f) => `"${f}"`).join(', ') }, at });
  });
}
