import { BUILTIN_USES, EVALUATOR_KINDS, isMapping, isScalarText, kindsOf, LLM_KEYS, regexParts, scalarText, STRING_CHECKS, stringChecksOf } from '../../core/evaluator-shape.js';
import { locate } from '../../core/positions.js';
import { didYouMean } from '../../core/suggest.js';
import { validFields } from '../../core/valid-fields.js';
import type { Report, Rule } from '../types.js';

const ENTRY_KEYS = ['name', ...EVALUATOR_KINDS];
const CHOICE_KEYS = ['choice', 'score'];
// The whitespace Go's TrimSpace removes from the reply before a string check.
const EDGE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

type Reporter = (report: Report) => void;

export const rule: Rule = {
  meta: {
    id: 'evaluators',
    description: 'Each evaluator has a unique name and exactly one check that can run and can pass: a known built-in, a string check with a value, judge choices that do not contain one another.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      notMapping: 'evaluators[{{index}}] is not a mapping; an evaluator has a name and one of string, llm, uses or json.',
      noName: 'evaluators[{{index}}] has no name; results are reported by it.',
      duplicateName: 'Evaluator name "{{name}}" is already used on line {{line}}; give each evaluator its own name, as results are reported by name.',
      unknownKey: 'Evaluator {{label}} has an unknown key "{{key}}".{{hint}}',
      noKind: 'Evaluator {{label}} has no check: give it one of string, llm, uses or json.',
      severalKinds: 'Evaluator {{label}} has {{kinds}}: only {{first}} runs. Split it into one evaluator per check.',
      notMappingKind: 'The {{kind}} check of evaluator {{label}} must be a mapping.',
      notText: '{{field}} of evaluator {{label}} must be a string, not {{value}}.',
      noStringCheck: 'The string check of evaluator {{label}} has nothing to compare: give it one of equals, contains, startsWith, endsWith, notContains or regex.',
      severalStringChecks: 'The string check of evaluator {{label}} sets {{checks}}: only {{first}} runs. Split it into one evaluator per check.',
      badRegex: 'The regex of evaluator {{label}} is not a valid regular expression: {{why}}.',
      trailingNewline: 'The {{check}} value of evaluator {{label}} ends with a newline, and the reply is trimmed before it is compared, so it never matches; use "|-" instead of "|", or remove the newline.',
      edgeSpace: 'The {{check}} value of evaluator {{label}} {{edge}} with whitespace, and the reply is trimmed before it is compared, so it never matches; remove the whitespace.',
      unknownUses: 'Evaluator {{label}} uses "{{uses}}", which is not a built-in evaluator ({{known}}); the check would fail on every row.{{hint}}',
      noPrompt: 'The llm check of evaluator {{label}} has no prompt to send to the judge.',
      noChoices: 'The llm check of evaluator {{label}} has no choices, so it never passes; list the answers the judge may give, each with its score.',
      badChoice: 'llm.choices[{{index}}] of evaluator {{label}} must be a mapping with a choice (text) and a score (number).',
      emptyChoice: 'Choice {{index}} of evaluator {{label}} is empty, and an empty choice is found in every reply; give it a text.',
      unreachableChoice: 'Choice "{{later}}" of evaluator {{label}} never matches: "{{earlier}}", declared before it, is part of it and is found first. Pick choices that do not contain one another ("one" and "ten", or letters).',
      overlappingChoices: 'Choice "{{longer}}" of evaluator {{label}} contains choice "{{shorter}}", declared after it: a reply that mentions "{{longer}}" in passing scores as "{{longer}}". Pick choices that do not contain one another.',
      jsonOptions: 'The json check of evaluator {{label}} takes no options; write "json: {}".',
    },
  },
  check(prompt, context) {
    const evaluators = validFields(prompt).fields.evaluators;
    if (!evaluators) return;
    const firstByName = new Map<string, number>();
    evaluators.forEach((entry, i) => {
      const at = (...path: (string | number)[]) => ['evaluators', i, ...path];
      if (!isMapping(entry)) return context.report({ messageId: 'notMapping', data: { index: i }, at: at() });
      const name = isScalarText(entry.name) ? scalarText(entry.name) : '';
      const label = name === '' ? `evaluators[${i}]` : `"${name}"`;
      if (!isScalarText(entry.name)) context.report({ messageId: 'notText', data: { field: 'name', label, value: JSON.stringify(entry.name) }, at: at('name') });
      else if (name === '') context.report({ messageId: 'noName', data: { index: i }, at: at(), severity: 'warn' });
      else if (firstByName.has(name)) {
        const line = locate(prompt.doc, prompt.lineCounter, ['evaluators', firstByName.get(name)!, 'name']).start.line;
        context.report({ messageId: 'duplicateName', data: { name, line }, at: at('name') });
      } else firstByName.set(name, i);
      const unknown = unknownKeys(entry, ENTRY_KEYS, label, at(), context.report);
      const kinds = kindsOf(entry);
      if (kinds.length === 0) {
        if (!unknown) context.report({ messageId: 'noKind', data: { label }, at: at() });
        return;
      }
      if (kinds.length > 1) context.report({ messageId: 'severalKinds', data: { label, kinds: kinds.join(' and '), first: kinds[0]! }, at: at(kinds[1]!), key: true });
      for (const kind of kinds) {
        const value = entry[kind];
        if (kind === 'uses') checkUses(value, label, at('uses'), context.report);
        else if (!isMapping(value)) context.report({ messageId: kind === 'json' ? 'jsonOptions' : 'notMappingKind', data: { kind, label }, at: at(kind) });
        else if (kind === 'string') checkString(value, label, at('string'), context.report);
        else if (kind === 'llm') checkLlm(value, label, at('llm'), context.report);
        else if (Object.keys(value).length > 0) context.report({ messageId: 'jsonOptions', data: { label }, at: at(kind) });
      }
    });
  },
};

/** Reports keys outside `known`, with a suggestion; true when there was one. */
function unknownKeys(value: Record<string, unknown>, known: readonly string[], label: string, at: (string | number)[], report: Reporter): boolean {
  const extra = Object.keys(value).filter((key) => !known.includes(key));
  for (const key of extra) report({ messageId: 'unknownKey', data: { label, key, hint: didYouMean(key, known) }, at: [...at, key], key: true });
  return extra.length > 0;
}

function checkUses(value: unknown, label: string, at: (string | number)[], report: Reporter): void {
  if (!isScalarText(value)) return report({ messageId: 'notText', data: { field: 'uses', label, value: JSON.stringify(value) }, at });
  const uses = scalarText(value);
  if ((BUILTIN_USES as readonly string[]).includes(uses)) return;
  report({ messageId: 'unknownUses', data: { label, uses, known: BUILTIN_USES.join(', '), hint: didYouMean(uses, BUILTIN_USES) }, at });
}

function checkString(spec: Record<string, unknown>, label: string, at: (string | number)[], report: Reporter): void {
  const unknown = unknownKeys(spec, STRING_CHECKS, label, at, report);
  const notText = STRING_CHECKS.filter((check) => !isScalarText(spec[check]));
  for (const check of notText) report({ messageId: 'notText', data: { field: `string.${check}`, label, value: JSON.stringify(spec[check]) }, at: [...at, check] });
  const checks = stringChecksOf(spec).filter((check) => isScalarText(spec[check]));
  if (checks.length === 0) {
    if (!unknown && notText.length === 0) report({ messageId: 'noStringCheck', data: { label }, at, key: true });
    return;
  }
  if (checks.length > 1) report({ messageId: 'severalStringChecks', data: { label, checks: checks.join(' and '), first: checks[0]! }, at: [...at, checks[1]!], key: true, severity: 'warn' });
  const check = checks[0]!;
  const text = scalarText(spec[check] as string);
  const place = [...at, check];
  if (check === 'regex' && !text.includes('{{')) {
    const { source, flags } = regexParts(text);
    try {
      new RegExp(source, flags);
    } catch (error) {
      report({ messageId: 'badRegex', data: { label, why: (error as Error).message }, at: place });
    }
  }
  const trailing = (check === 'equals' || check === 'endsWith') && EDGE_SPACE.test(text.at(-1) ?? '');
  const leading = (check === 'equals' || check === 'startsWith') && EDGE_SPACE.test(text.charAt(0));
  if (trailing && text.endsWith('\n')) report({ messageId: 'trailingNewline', data: { check, label }, at: place });
  else if (trailing || leading) report({ messageId: 'edgeSpace', data: { check, label, edge: leading ? 'starts' : 'ends' }, at: place });
}

function checkLlm(spec: Record<string, unknown>, label: string, at: (string | number)[], report: Reporter): void {
  unknownKeys(spec, LLM_KEYS, label, at, report);
  for (const key of ['modelId', 'prompt', 'systemPrompt']) {
    if (!isScalarText(spec[key])) report({ messageId: 'notText', data: { field: `llm.${key}`, label, value: JSON.stringify(spec[key]) }, at: [...at, key] });
  }
  if (isScalarText(spec.prompt) && scalarText(spec.prompt).trim() === '') report({ messageId: 'noPrompt', data: { label }, at, key: true });
  const choices = spec.choices;
  if (choices === undefined || choices === null || (Array.isArray(choices) && choices.length === 0)) return report({ messageId: 'noChoices', data: { label }, at, key: true });
  if (!Array.isArray(choices)) return report({ messageId: 'badChoice', data: { index: 0, label }, at: [...at, 'choices'] });
  const seen: { text: string; lower: string }[] = [];
  choices.forEach((item: unknown, i) => {
    const place = [...at, 'choices', i];
    if (!isMapping(item) || !isScalarText(item.choice) || !(item.score === undefined || item.score === null || typeof item.score === 'number')) {
      return report({ messageId: 'badChoice', data: { index: i, label }, at: place });
    }
    unknownKeys(item, CHOICE_KEYS, label, place, report);
    const text = scalarText(item.choice);
    const lower = text.toLowerCase();
    if (lower === '') return report({ messageId: 'emptyChoice', data: { index: i, label }, at: [...place, 'choice'] });
    const earlier = seen.find((s) => lower.includes(s.lower));
    const longer = seen.find((s) => s.lower.includes(lower));
    if (earlier) report({ messageId: 'unreachableChoice', data: { label, later: text, earlier: earlier.text }, at: [...place, 'choice'] });
    else if (longer) report({ messageId: 'overlappingChoices', data: { label, longer: longer.text, shorter: text }, at: [...place, 'choice'], severity: 'warn' });
    seen.push({ text, lower });
  });
}
