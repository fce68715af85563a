import { readConfig, readReleaseTagsFor } from '../store/index.js';
import { diffMarkdown } from '../diff/format-markdown.js';
import type { PromptDiff } from '../diff/types.js';
import { previewBumps } from '../release/preview.js';

/** The markdown diff with the release each prompt would get, read from its release tags (one git call). */
export async function markdownFor(root: string, diffs: readonly PromptDiff[], from: string, to: string, limit?: number): Promise<string> {
  const config = readConfig(root);
  const releases = diffs.length > 0 ? await readReleaseTagsFor(root, config.tagPrefix, diffs.map((d) => d.id)) : [];
  return diffMarkdown(diffs, { from, to, bumps: previewBumps(diffs, releases, config.initialVersion), ...(limit === undefined ? {} : { limit }) });
}
