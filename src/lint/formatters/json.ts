import path from 'node:path';
import type { Formatter } from './types.js';

/** eslint's JSON shape: an array of files with their messages and counts (the text itself left out). */
export const json: Formatter = (results, { root }) =>
  `${JSON.stringify(
    results.map(({ source: _source, ...result }) => ({ filePath: path.join(root, result.file), ...result })),
    null,
    2,
  )}\n`;
