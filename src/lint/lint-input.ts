import { CONFIG_PATH, defaultConfig, parseConfig, type Config } from '../core/config.js';
import type { ParsedPrompt } from '../core/parse.js';
import type { TagRef } from '../core/tag-ref.js';
import { resolveRuleSettings, ruleProblems, type RuleSettings } from './config.js';
import { settleTargets } from './targets.js';
import { prepareRules, summarize, type EngineContext } from './engine.js';
import { runJob, threadCount } from './parallel.js';
import { readReleaseInfo } from './release-info.js';
import type { LintInput } from './sources.js';
import { parseEntry, type LintJob } from './task.js';
import type { LintMessage, LintResult, ReleaseInfo } from './types.js';
import type { LintOptions, LintReport } from './workspace.js';

/** The run's config (the defaults without `_config.yaml`) and its rule settings: the file is parsed once. */
function configOf(input: LintInput): { config: Config; settings: RuleSettings } {
  if (input.configText === undefined) {
    const config = defaultConfig();
    return { config, settings: resolveRuleSettings(config) };
  }
  const { config, source } = parseConfig(input.configText, CONFIG_PATH, (raw, yaml) => ruleProblems(raw, yaml, CONFIG_PATH));
  return { config, settings: resolveRuleSettings(config, source, CONFIG_PATH) };
}

/** Past this many prompts, listing every tag costs less than looking each prompt's up. */
const MAX_LOOKED_UP = 100;

function hasVersion(prompt: ParsedPrompt): boolean {
  return typeof (prompt.raw as { version?: unknown } | undefined)?.version === 'string';
}

/** Lints what lintWorkspace read; `tags`, when given, are every tag of the repository. */
export async function lintInput(root: string, input: LintInput, options: LintOptions, tags?: Promise<TagRef[] | undefined>): Promise<LintReport> {
  const notes = await settleTargets(root, input.targets, input.folders);
  const { config, settings } = configOf(input);
  const ignoreGlobs = config.lint.ignore;
  // Loaded only when needed: module loading is a real share of a lint run's time.
  const ignored = ignoreGlobs.length > 0 ? (await import('picomatch')).default(ignoreGlobs, { dot: true }) : () => false;
  await prepareRules(settings);
  const entries = input.entries.filter((e) => !ignored(e.file));
  let parsed = options.parsed;
  let releases: ReleaseInfo | undefined;
  const versionRule = settings.get('version-consistency');
  if (versionRule && versionRule.severity !== 'off' && entries.length > 0) {
    if (tags) releases = await readReleaseInfo(root, config.tagPrefix, { tags: await tags });
    else if (entries.length <= MAX_LOOKED_UP) {
      // A commit's few prompts are parsed first (the run reuses them): only those with a
      // version have their tags looked up, and none at all when none has one.
      const own = new Map(entries.map((e) => [e.file, parsed?.get(e.file) ?? parseEntry(root, e)]));
      parsed = own;
      releases = await readReleaseInfo(root, config.tagPrefix, { ids: [...own.values()].filter(hasVersion).map((p) => p.id) });
    } else releases = await readReleaseInfo(root, config.tagPrefix);
  }
  const context: EngineContext = { settings, partials: input.partials, allIds: input.allIds, ...(releases ? { releases } : {}) };
  const job: LintJob = { root, entries, context, fix: (options.fix ?? false) && !options.staged && !options.stdin };
  if (input.select) job.select = input.select;
  const run = await runJob(job, threadCount(options.concurrency ?? 'auto', job.entries.length), parsed);
  if (releases && !options.stdin) await (await import('./renamed-releases.js')).followRenames(job, run, releases, config.tagPrefix, options.staged ?? false, tags !== undefined || entries.length > MAX_LOOKED_UP);
  const results: LintResult[] = [];
  const writes: { file: string; content: string }[] = [];
  let prompts = 0;
  run.outcomes.forEach(({ result, fixed }, i) => {
    if (result) {
      prompts++;
      results.push(result);
    }
    if (fixed !== undefined) writes.push({ file: job.entries[i]!.file, content: fixed });
  });
  const byFile = new Map<string, LintMessage[]>();
  for (const d of input.diagnostics) {
    const severity = settings.get(d.code)?.severity ?? 'error';
    if (severity === 'off' || ignored(d.file)) continue;
    const { file, code, ...rest } = d;
    byFile.set(file, [...(byFile.get(file) ?? []), { ...rest, ruleId: code, severity }]);
  }
  for (const [file, messages] of byFile) results.push(summarize(file, messages));
  if (writes.length > 0) await (await import('../core/write.js')).writeFilesAtomically(root, writes);
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    root,
    results,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
    fixedFiles: writes.map((w) => w.file),
    settings,
    threads: run.threads,
    prompts,
    notes,
  };
}
