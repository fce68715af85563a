import path from 'node:path';
import type { Formatter } from './types.js';

/** eslint's JSON shape: an array of files with their messages and counts . */
export const json: Formatter = (results, { root }) =>
  `${JSON.stringify(
    results.map((result) => ({ filePath: path.join(root, result.file), ...result })),
    null,
    2,
  )}\n`;
