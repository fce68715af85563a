import type { EvalFormatter } from './types.js';

/**
 * gh models eval's `--json`: one prompt gives the object, several an array of them each with its
 * `id` (so does a shard's report, whatever it holds, for `--merge`).
 */
export const json: EvalFormatter = ({ prompts, array }) => {
  const reports = prompts.map(({ label, report, comparison }) => {
    const { id: _id, ...rest } = report;
    return { id: label, ...rest, ...(comparison ? { comparison } : {}) };
  });
  if (reports.length === 1 && !array) {
    const { id: _id, ...report } = reports[0]!;
    return `${JSON.stringify(report, null, 2)}\n`;
  }
  return `${JSON.stringify(reports, null, 2)}\n`;
};
