import type { Rule } from '../types.js';
import { validFields } from '../../core/valid-fields.js';

export const rule: Rule = {
  meta: {
    id: 'require-description',
    description: 'A prompt that declares `variables` has a `description`, which `promptgit list` and reviewers read; plain GitHub Models files, where it is optional, are not asked.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: { missing: 'The prompt has no description; add a one-line "description:" saying what it is for.' },
  },
  check(prompt, context) {
    const { fields: data, invalid, readable } = validFields(prompt);
    // Unreadable YAML, or a description of the wrong type, is the schema's finding, not a missing one.
    if (!readable || invalid.has('description')) return;
    // `variables` marks a promptgit prompt; a GitHub Models file without it keeps its authors' choice.
    if (!data.variables || (data.description ?? '').trim() !== '') return;
    context.report({ messageId: 'missing', at: data.description === undefined ? (data.name === undefined ? [] : ['name']) : ['description'], key: data.description === undefined });
  },
};
