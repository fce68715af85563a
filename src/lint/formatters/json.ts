import path from 'node:path';
import type { Formatter } from './types.js';

/** eslint's JSON shape: an array of files with their messages and counts (fixable ones by severity, as eslint gives them). */
export const json: Formatter = (results, { root }) =>
  `${JSON.stringify(
    results.map((result) => {
      const fixable = result.messages.filter((m) => m.fix !== undefined);
      return { filePath: path.join(root, result.file), ...result, fixableErrorCount: fixable.filter((m) => m.severity === 'error').length, fixableWarningCount: fixable.filter((m) => m.severity === 'warn').length };
    }),
    null,
    2,
  )}\n`;
