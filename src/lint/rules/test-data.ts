import { contractOf } from '../../core/contract.js';
import { matchesType } from '../../core/schema.js';
import { didYouMean } from '../../core/suggest.js';
import type { Rule } from '../types.js';
import { validFields } from '../../core/valid-fields.js';

export const rule: Rule = {
  meta: {
    id: 'test-data',
    description: 'Each `testData` row gives every required variable, no unknown ones, and values of the declared type.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'testData[{{row}}] is missing the required variable "{{name}}".',
      unknown: 'testData[{{row}}] sets "{{name}}", which is not a variable of this prompt.{{hint}}',
      type: 'testData[{{row}}].{{name}} must be {{expected}}, not {{actual}}.',
      notInEnum: 'testData[{{row}}].{{name}} must be one of {{values}}, not {{actual}}.',
    },
  },
  check(prompt, context) {
    const { fields: data, invalid } = validFields(prompt);
    if (!data.testData || invalid.has('variables')) return;
    // Without variables the contract is read off the messages: they must be valid to read it.
    if (!data.variables && !data.messages) return;
    const contract = contractOf({ ...data, messages: data.messages ?? [] }, context.partials);
    data.testData.forEach((row, i) => {
      for (const spec of contract.values()) {
        if (spec.required && spec.default === undefined && !Object.hasOwn(row, spec.name)) {
          context.report({ messageId: 'missing', data: { row: i, name: spec.name }, at: ['testData', i] });
        }
      }
      for (const [name, value] of Object.entries(row)) {
        const spec = contract.get(name);
        if (!spec) {
          context.report({ messageId: 'unknown', data: { row: i, name, hint: didYouMean(name, contract.keys()) }, at: ['testData', i, name], key: true });
        } else if (!spec.inferred && !matchesType(value, spec.type)) {
          context.report({ messageId: 'type', data: { row: i, name, expected: `of type ${spec.type}`, actual: JSON.stringify(value) }, at: ['testData', i, name] });
        } else if (spec.enum && !spec.enum.includes(value as string)) {
          context.report({ messageId: 'notInEnum', data: { row: i, name, values: spec.enum.map((v) => JSON.stringify(v)).join(', '), actual: JSON.stringify(value) }, at: ['testData', i, name] });
        }
      }
    });
  },
};
