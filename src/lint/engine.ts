import type { ParsedPrompt } from '../core/parse.js';
import { locate, type Span } from '../core/positions.js';
import { didYouMean } from '../core/suggest.js';
import type { RuleSettings } from './config.js';
import { parseDirectives, suppresses } from './directives.js';
import { RULES, RULES_BY_ID } from './rules/index.js';
import type { LintMessage, LintResult, ReleaseInfo, Report } from './types.js';

export interface EngineContext {
  settings: RuleSettings;
  partials: ReadonlyMap<string, string>;
  allIds: readonly string[];
  releases?: ReleaseInfo;
}

/** Fills `{{name}}` placeholders of a rule message. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, key: string) => (data[key] === undefined ? match : String(data[key])));
}

/** Loads what the enabled rules need (the tokenizer of max-tokens); nothing when they are off. */
export async function prepareRules(settings: RuleSettings): Promise<void> {
  for (const rule of RULES) {
    const setting = settings.get(rule.meta.id);
    if (rule.prepare && setting && setting.severity !== 'off') await rule.prepare(setting.options);
  }
}

/** Counts a result's messages. */
export function summarize(file: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return {
    file,
    ...extra,
    messages,
    errorCount: messages.filter((m) => m.severity === 'error').length,
    warningCount: messages.filter((m) => m.severity === 'warn').length,
    fixableCount: messages.filter((m) => m.fix !== undefined).length,
  };
}

/**
 * Runs every enabled rule over one parsed prompt (call `prepareRules` first), applies the
 * configured severities and the file's `# promptgit-disable` directives, and reports
 * directives that disabled nothing.
 */
export function lintPrompt(prompt: ParsedPrompt, context: EngineContext): LintResult {
  const messages: LintMessage[] = [];
  const directives = parseDirectives(prompt.text);
  for (const rule of RULES) {
    const setting = context.settings.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    const severity = setting.severity;
    const report = (r: Report): void => {
      const span: Span = r.span ?? locate(prompt.doc, prompt.lineCounter, r.at ?? [], { key: r.key ?? false });
      if (suppresses(directives, rule.meta.id, span.start.line)) return;
      const template = rule.meta.messages[r.messageId];
      if (template === undefined) throw new Error(`Rule ${rule.meta.id} has no message "${r.messageId}"`);
      messages.push({
        ruleId: rule.meta.id,
        severity: r.severity ?? severity,
        message: interpolate(template, r.data),
        line: span.start.line,
        column: span.start.column,
        endLine: span.end.line,
        endColumn: span.end.column,
        ...(r.fix && rule.meta.fixable ? { fix: r.fix } : {}),
      });
    };
    rule.check(prompt, { options: setting.options, partials: context.partials, allIds: context.allIds, ...(context.releases ? { releases: context.releases } : {}), report });
  }
  const unused = context.settings.get('unused-directive');
  if (unused && unused.severity !== 'off') {
    const template = RULES_BY_ID.get('unused-directive')!.meta.messages;
    for (const d of directives) {
      const add = (message: string) =>
        messages.push({ ruleId: 'unused-directive', severity: unused.severity as 'warn', message, line: d.line, column: d.column, endLine: d.line, endColumn: d.column });
      if (d.rules.length === 0 && !d.used.has('*')) add(interpolate(template.unused!, { directive: d.kind, rule: '' }).replace(' " disables', '" disables'));
      for (const id of d.rules) {
        if (!RULES_BY_ID.has(id)) add(interpolate(template.unknown!, { directive: d.kind, rule: id, hint: didYouMean(id, RULES_BY_ID.keys()) }));
        else if (!d.used.has(id)) add(interpolate(template.unused!, { directive: d.kind, rule: id }));
      }
    }
  }
  return summarize(prompt.file, messages, { id: prompt.id });
}
