import { fastMapping } from '../../core/fast-yaml.js';
import { parseYaml } from '../../core/parse.js';
import type { ParsedPrompt } from '../../core/parse.js';
import { yamlMessages } from '../../messages/yaml.js';
import { tabIndent } from '../tab-indent.js';
import type { Edit, Rule, RuleContext } from '../types.js';

const at = (line: number, column: number, endColumn = column) => ({ start: { line, column }, end: { line, column: endColumn } });

/** Where a line's trailing spaces and tabs start (its length when it has none). */
function trailingBlanks(line: string): number {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end;
}

interface Finding {
  line: number;
  column: number;
  endColumn: number;
  edit: Edit;
}

/** Applies edits sorted by offset and not overlapping. */
function applied(text: string, edits: readonly Edit[]): string {
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += text.slice(from, e.start) + e.text;
    from = e.end;
  }
  return out + text.slice(from);
}

/**
 * Whether removing these edits' blanks leaves the file's value as it is: the indentation of a
 * blank line inside a block scalar is not part of the text, so it changes nothing the model reads.
 */
function harmless(prompt: ParsedPrompt, edits: readonly Edit[]): boolean {
  if (prompt.raw === undefined || edits.length === 0) return false;
  const text = applied(prompt.text, edits);
  const value = fastMapping(text) ?? parseYaml(text, prompt.file).raw;
  return JSON.stringify(value) === JSON.stringify(prompt.raw);
}

/** One finding of a kind per file, at its first line, with the count and one fix for them all. */
function reportAll(context: RuleContext<Record<string, never>>, one: string, many: string, findings: readonly Finding[]): void {
  const first = findings[0];
  if (!first) return;
  const data = { count: findings.length };
  context.report({ messageId: findings.length === 1 ? one : many, data, span: at(first.line, first.column, first.endColumn), fix: { edits: findings.map((f) => f.edit) } });
}

export const rule: Rule = {
  meta: {
    id: 'whitespace',
    description:
      'No trailing whitespace, CRLF line endings or tab indentation: invisible characters that change what the model reads and make noisy diffs. Blanks that change nothing the file means (a blank line\'s indentation in a block scalar) are not reported.',
    defaultSeverity: 'warn',
    fixable: true,
    messages: {
      crlf: 'The file uses CRLF line endings; use LF (--fix converts them).',
      trailing: 'Trailing whitespace (--fix removes it).',
      trailingMany: 'Trailing whitespace on {{count}} lines, the first here (--fix removes it).',
      tab: 'Tab in indentation; indent with spaces (--fix replaces each tab with two spaces).',
      tabMany: 'Tab in the indentation of {{count}} lines, the first here; indent with spaces (--fix replaces each tab with two spaces).',
    },
  },
  check(prompt, context) {
    const text = prompt.text;
    const crlf: Edit[] = [];
    const trailing: Finding[] = [];
    const blankLines: Finding[] = [];
    const tabs: Finding[] = [];
    // Tabs YAML refused are valid-yaml's errors, each with this same fix: one finding per tab.
    const refused = new Set(prompt.diagnostics.filter((d) => d.code === 'valid-yaml' && d.message === yamlMessages.tabIndent).map((d) => d.line));
    let offset = 0;
    const lines = text.split('\n');
    lines.forEach((rawLine, i) => {
      const hasCr = rawLine.endsWith('\r') && i < lines.length - 1;
      const line = hasCr ? rawLine.slice(0, -1) : rawLine;
      if (hasCr) crlf.push({ start: offset + line.length, end: offset + line.length + 1, text: '' });
      // Scanned from the end: /[ \t]+$/ retries from every blank of a long run (quadratic).
      const end = trailingBlanks(line);
      if (end < line.length) {
        const finding = { line: i + 1, column: end + 1, endColumn: line.length + 1, edit: { start: offset + end, end: offset + line.length, text: '' } };
        (end === 0 ? blankLines : trailing).push(finding);
      }
      const tab = refused.has(i + 1) ? undefined : tabIndent(line, offset);
      if (tab) tabs.push({ line: i + 1, column: tab.column, endColumn: tab.column, edit: tab.edit });
      offset += rawLine.length + 1;
    });
    // Blank lines' blanks are checked together: one parse, however many lines.
    const reported = harmless(prompt, blankLines.map((f) => f.edit)) ? trailing : [...trailing, ...blankLines].sort((a, b) => a.line - b.line);
    reportAll(context, 'trailing', 'trailingMany', reported);
    reportAll(context, 'tab', 'tabMany', tabs);
    if (crlf.length > 0) {
      const first = text.slice(0, crlf[0]!.start).split('\n').length;
      context.report({ messageId: 'crlf', span: at(first, lines[first - 1]!.length), fix: { edits: crlf } });
    }
  },
};
