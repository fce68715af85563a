import { semverLib } from '../../core/libs.js';
import type { Rule } from '../types.js';

/**
 * The `version` field is written by `promptgit release` and must agree with the release
 * tags: a valid semantic version, tagged (or recorded in CHANGELOG.md by a release whose
 * tags are still to come, as with --no-commit and inside the release commit's hooks), and
 * not lower than the newest release. Needs the tags, so the engine reads them (one git
 * call) only when this rule is on.
 */
export const rule: Rule = {
  meta: {
    id: 'version-consistency',
    description: 'The `version` field is valid semver, has a release tag, and is not lower than the newest release.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      invalid: 'version "{{version}}" is not a semantic version such as 1.2.0; versions are written by "promptgit release".',
      untagged: 'version {{version}} has no release tag{{last}}: versions are written by "promptgit release", not by hand. Set it back{{back}}.',
      renamed: 'version {{version}} was released as {{from}}, the id this file had before it was renamed; run "promptgit release {{id}}" to release it under its new id.',
      lower: 'version {{version}} is lower than the newest release, {{latest}}; set it to {{latest}}.',
    },
  },
  check(prompt, context) {
    const version = (prompt.raw as { version?: unknown } | undefined)?.version;
    if (typeof version !== 'string' || !context.releases) return;
    const semver = semverLib();
    // The document (positions) is read only for a finding: most prompts have none.
    const fixTo = (to: string) => {
      const span = prompt.doc.get('version', true) as { range?: [number, number, number] } | undefined;
      return span?.range ? { fix: { edits: [{ start: span.range[0], end: span.range[1], text: to }] } } : {};
    };
    if (!semver.valid(version)) {
      context.report({ messageId: 'invalid', data: { version }, at: ['version'] });
      return;
    }
    const tagged = context.releases.versions.get(prompt.id) ?? [];
    const latest = [...tagged].sort(semver.rcompare)[0];
    if (latest && semver.lt(version, latest)) {
      context.report({ messageId: 'lower', data: { version, latest }, at: ['version'], ...fixTo(latest) });
      return;
    }
    if (tagged.includes(version) || context.releases.pending.has(`${prompt.id}@${version}`)) return;
    // A prompt moved with `git mv` keeps the version it was released with under its old id.
    const from = context.releases.formerIds?.get(prompt.id)?.find((old) => context.releases!.versions.get(old)?.includes(version));
    if (from) {
      context.report({ messageId: 'renamed', data: { version, from: `${from}@${version}`, id: prompt.id }, at: ['version'], severity: 'warn' });
      return;
    }
    context.report({ messageId: 'untagged', data: { version, last: latest ? ` (the last release is ${latest})` : ' (never released)', back: latest ? ` to ${latest}` : ', or remove the line' }, at: ['version'], ...(latest ? fixTo(latest) : {}) });
  },
};
