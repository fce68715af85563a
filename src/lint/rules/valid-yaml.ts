import { yamlMessages } from '../../messages/yaml.js';
import { lineAt, tabIndent } from '../tab-indent.js';
import type { Rule } from '../types.js';

/** Surfaces the loader's YAML diagnostics: syntax, duplicate keys, alias limit, encoding. */
export const rule: Rule = {
  meta: {
    id: 'valid-yaml',
    description: 'The file is UTF-8 text that parses as YAML: no syntax errors, duplicate keys or runaway aliases.',
    defaultSeverity: 'error',
    fixable: true,
    messages: { problem: '{{message}}' },
  },
  check(prompt, context) {
    for (const d of prompt.diagnostics) {
      if (d.code !== 'valid-yaml') continue;
      const end = { line: d.endLine ?? d.line, column: d.endColumn ?? d.column };
      // The whitespace rule leaves these tabs to this error, so the fix comes with it.
      const line = d.message === yamlMessages.tabIndent ? lineAt(prompt.text, d.line) : undefined;
      const tab = line && tabIndent(line.text, line.offset);
      context.report({ messageId: 'problem', data: { message: d.message }, span: { start: { line: d.line, column: d.column }, end }, ...(tab ? { fix: { edits: [tab.edit] } } : {}) });
    }
  },
};
