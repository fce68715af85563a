import { isMapping, isScalarText, kindsOf, scalarText } from '../../core/evaluator-shape.js';
import { evaluatorMessages } from '../../messages/evaluators.js';
import { configError, siteOf } from './errors.js';
import { compileJson } from './json.js';
import { compileJudge, readJudgeSpec } from './llm.js';
import type { Scorer } from './scorer.js';
import { compileString } from './string.js';
import { compileUses } from './uses.js';

/**
 * Checks one raw `evaluators:` entry and prepares it to score replies. Of several kinds the
 * first in gh's order runs (string, llm, uses, then json); an entry gh could not have run
 * throws an EvaluatorConfigError, before any model is called.
 */
export function compileEvaluator(entry: unknown, index?: number): Scorer {
  if (!isMapping(entry)) throw configError(siteOf('', index), evaluatorMessages.notMapping(evaluatorMessages.label('', index)));
  const site = siteOf(isScalarText(entry.name) ? scalarText(entry.name) : '', index);
  if (!isScalarText(entry.name)) throw configError(site, evaluatorMessages.notText(site.label, 'name', entry.name), ['name']);
  const kind = kindsOf(entry)[0];
  switch (kind) {
    case 'string':
    case 'llm': {
      const spec = entry[kind];
      if (!isMapping(spec)) throw configError(site, evaluatorMessages.notKindMapping(site.label, kind), [kind]);
      return kind === 'string' ? compileString(site, spec) : compileJudge(site, readJudgeSpec(site, spec));
    }
    case 'uses':
      return compileUses(site, entry.uses);
    case 'json':
      return compileJson(site.name);
    case undefined:
      throw configError(site, evaluatorMessages.noKind(site.label));
  }
}
