import type { Rule } from '../types.js';
import { validFields } from '../../core/valid-fields.js';

export const rule: Rule = {
  meta: {
    id: 'require-description',
    description: 'The prompt has a `description`, which `promptgit list` and reviewers read.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: { missing: 'The prompt has no description; add a one-line "description:" saying what it is for.' },
  },
  check(prompt, context) {
    const { fields: data, invalid, readable } = validFields(prompt);
    // Unreadable YAML, or a description of the wrong type, is the schema's finding, not a missing one.
    if (!readable || invalid.has('description') || (data.description ?? '').trim() !== '') return;
    context.report({ messageId: 'missing', at: data.description === undefined ? (data.name === undefined ? [] : ['name']) : ['description'], key: data.description === undefined });
  },
};
