import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readTemplate } from '../core/templates.js';
import type { FileWrite } from '../core/write.js';

export const CI_PROVIDERS = ['github', 'gitlab'] as const;

const GITLAB_PIPELINE = '.gitlab-ci.yml';
const GITLAB_INCLUDE = '.gitlab/promptgit.gitlab-ci.yml';
const GITLAB_JOB = /^promptgit-lint:/m;

/**
 * Where the GitLab job goes. GitLab has one pipeline file: a fresh repository gets the job
 * there; one with its own pipeline gets it in a file of its own to include. A job already
 * written (in either place) is found again, so running `init --ci gitlab` twice is a no-op.
 */
function gitlabFile(root: string, content: string): FileWrite & { owned: boolean } {
  if (existsSync(path.join(root, GITLAB_INCLUDE))) return { file: GITLAB_INCLUDE, content, owned: true };
  const pipeline = path.join(root, GITLAB_PIPELINE);
  if (!existsSync(pipeline)) return { file: GITLAB_PIPELINE, content, owned: true };
  const current = readFileSync(pipeline, 'utf8');
  // The pipeline is promptgit's only while it is the job alone; once the user adds to it, --force must not rewrite it.
  if (current === content) return { file: GITLAB_PIPELINE, content, owned: true };
  if (GITLAB_JOB.test(current)) return { file: GITLAB_PIPELINE, content, owned: false };
  return { file: GITLAB_INCLUDE, content, owned: true };
}

/** The CI file `init --ci <provider>` writes. */
export function ciFiles(root: string, provider: string | undefined): (FileWrite & { owned: boolean })[] {
  if (provider === 'github') return [{ file: '.github/workflows/promptgit.yml', content: readTemplate('ci/github.yml'), owned: true }];
  if (provider === 'gitlab') return [gitlabFile(root, readTemplate('ci/gitlab.yml'))];
  return [];
}

/** What to tell the user after writing a CI file. */
export function ciNext(file: string): string {
  if (file === GITLAB_INCLUDE) return `Add "include: { local: ${file} }" to ${GITLAB_PIPELINE}, then commit both.`;
  return `Commit ${file}; the job runs "promptgit lint" on the next push.`;
}
