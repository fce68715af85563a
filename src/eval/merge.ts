import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import { evalMessages as m } from '../messages/eval.js';
import { summarize, type PromptReport, type TestResult } from './report.js';
import type { LabelledReport } from './formats/types.js';

function check(file: string, value: unknown): PromptReport[] {
  const list = Array.isArray(value) ? value : [value];
  for (const r of list) {
    if (typeof r !== 'object' || r === null || !Array.isArray((r as PromptReport).testResults) || typeof (r as PromptReport).summary !== 'object') {
      throw new InputError(m.badMergeFile(file, 'it is not a promptgit eval JSON report.'), { file, hint: m.badMergeFileHint });
    }
  }
  return list as PromptReport[];
}

/**
 * Combines shard reports into one: each prompt's rows from every shard, in testData order
 * (their `index`), the summary counted again. Prompts keep the order they first appear in.
 */
export function mergeReports(cwd: string, files: readonly string[]): LabelledReport[] {
  const byId = new Map<string, { report: PromptReport; rows: TestResult[] }>();
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8'));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputError(m.badMergeFile(file, code === 'ENOENT' ? 'no such file.' : `${(error as Error).message}.`), { file, hint: m.badMergeFileHint, cause: error });
    }
    for (const report of check(file, value)) {
      const id = report.id ?? report.name;
      const entry = byId.get(id) ?? { report, rows: [] };
      entry.rows.push(...report.testResults);
      byId.set(id, entry);
    }
  }
  return [...byId].map(([id, { report, rows }]) => {
    const testResults = [...rows].sort((a, b) => (a.index ?? 0) - (b.index ?? 0) || (a.repeat ?? 0) - (b.repeat ?? 0));
    const { id: _id, ...rest } = report;
    return { label: id, report: { ...rest, testResults, summary: summarize(testResults) } };
  });
}
