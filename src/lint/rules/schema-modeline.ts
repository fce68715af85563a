import path from 'node:path';
import { PROMPTS_DIR, SCHEMA_FILE } from '../../core/ids.js';
import { schemaRefFor } from '../../core/templates.js';
import type { Rule } from '../types.js';

// The first-line comment `new` writes; editors resolve the path from the file's folder.
const MODELINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/;
const SCHEMA_PATH = `${PROMPTS_DIR}/${SCHEMA_FILE}`;

/**
 * A `$schema=` modeline must still reach `.prompts/_schema.json` from the file's folder:
 * a prompt moved with `git mv` keeps the old relative path, and the editor silently loses
 * completion and validation. URLs and absolute paths are the author's choice: left alone.
 */
export const rule: Rule = {
  meta: {
    id: 'schema-modeline',
    description: 'A `# yaml-language-server: $schema=` first line points at `.prompts/_schema.json` from the file\'s folder (it breaks when a prompt is moved).',
    defaultSeverity: 'warn',
    fixable: true,
    messages: {
      stale: '$schema={{ref}} does not lead to {{schema}} from this folder (was the file moved?); use $schema={{want}} (--fix rewrites it).',
    },
  },
  check(prompt, context) {
    const match = MODELINE.exec(prompt.text.slice(0, prompt.text.indexOf('\n') >>> 0));
    const ref = match?.[1];
    if (!match || !ref || /^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('/')) return;
    if (path.posix.join(path.posix.dirname(prompt.file), ref) === SCHEMA_PATH) return;
    const want = schemaRefFor(prompt.file);
    const start = match[0].length - ref.length;
    context.report({
      messageId: 'stale',
      data: { ref, schema: SCHEMA_PATH, want },
      span: { start: { line: 1, column: start + 1 }, end: { line: 1, column: match[0].length + 1 } },
      fix: { edits: [{ start, end: match[0].length, text: want }] },
    });
  },
};
