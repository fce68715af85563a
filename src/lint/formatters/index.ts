import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

/** Formatters by `--format` name. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github, gitlab, junit };

export const FORMAT_NAMES = Object.keys(FORMATTERS);
