import type { ExportSource, Loss } from './types.js';

/**
 * What no target format carries: promptgit's response format (dotprompt aside), evaluators
 * (promptfoo aside) and extension fields. `version` is release data, not the prompt's meaning:
 * the formats with a version field get it, the others do not count it as a loss.
 */
export function commonLosses(source: ExportSource, target: string): Loss[] {
  const { prompt, file } = source;
  const losses: Loss[] = [];
  if (prompt.responseFormat !== undefined && prompt.responseFormat !== 'text' && target !== 'dotprompt') {
    losses.push({ file, field: 'responseFormat', message: `${target} has no response format field; not carried` });
  }
  if (prompt.evaluators !== undefined && prompt.evaluators.length > 0 && target !== 'promptfoo') {
    losses.push({ file, field: 'evaluators', message: `${target} has no evaluators; not carried (export to promptfoo to keep them as assertions)` });
  }
  for (const key of Object.keys(prompt)) if (key.startsWith('x-')) losses.push({ file, field: key, message: 'extension fields are not carried' });
  return losses;
}
