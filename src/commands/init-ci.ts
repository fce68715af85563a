import { existsSync } from 'node:fs';
import path from 'node:path';
import { readTemplate } from '../core/templates.js';
import type { FileWrite } from '../core/write.js';

export const CI_PROVIDERS = ['github', 'gitlab'] as const;

/**
 * The CI file `init --ci <provider>` writes. GitLab has one pipeline file: when the
 * repository already has one, the job goes into its own file for the user to include.
 */
export function ciFiles(root: string, provider: string | undefined): (FileWrite & { owned: boolean })[] {
  if (provider === 'github') return [{ file: '.github/workflows/promptgit.yml', content: readTemplate('ci/github.yml'), owned: true }];
  if (provider === 'gitlab') {
    const file = existsSync(path.join(root, '.gitlab-ci.yml')) ? '.gitlab/promptgit.gitlab-ci.yml' : '.gitlab-ci.yml';
    return [{ file, content: readTemplate('ci/gitlab.yml'), owned: true }];
  }
  return [];
}

/** What to tell the user after writing a CI file. */
export function ciNext(file: string): string {
  if (file === '.gitlab/promptgit.gitlab-ci.yml') return `Add "include: { local: ${file} }" to .gitlab-ci.yml, then commit both.`;
  return `Commit ${file}; the job runs "promptgit lint" on the next push.`;
}
