import { createRequire } from 'node:module';
import type { Formatter } from './types.js';

// node:crypto is required when the format is used: every lint run loads the formatters (for
// their names), and loading crypto is a share of a pre-commit run's time.
const requireHere = createRequire(import.meta.url);

/**
 * GitLab Code Quality (a subset of the Code Climate spec). The fingerprint leaves out the
 * line, so a finding keeps its identity when lines above it move; the occurrence count keeps
 * repeated findings in one file apart.
 */
export const gitlab: Formatter = (results) => {
  const { createHash } = requireHere('node:crypto') as typeof import('node:crypto');
  const issues: unknown[] = [];
  for (const result of results) {
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const key = `${m.ruleId}\0${result.file}\0${m.message}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      issues.push({
        type: 'issue',
        check_name: m.ruleId,
        description: m.message,
        categories: [m.ruleId === 'no-secrets' ? 'Security' : m.severity === 'error' ? 'Bug Risk' : 'Style'],
        severity: m.severity === 'error' ? 'major' : 'minor',
        fingerprint: createHash('md5').update(`${key}\0${nth}`).digest('hex'),
        location: { path: result.file, lines: { begin: m.line, ...(m.endLine === undefined ? {} : { end: m.endLine }) } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
