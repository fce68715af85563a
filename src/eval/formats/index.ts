import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { text } from './text.js';
import type { EvalFormatter } from './types.js';

export const EVAL_FORMATS = ['text', 'json', 'junit', 'markdown', 'github'] as const;

export const evalFormatters: Record<(typeof EVAL_FORMATS)[number], EvalFormatter> = { text, json, junit, markdown, github };
