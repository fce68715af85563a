import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitEnv } from '../../../src/git/env.js';

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe('the environment git runs with', () => {
  it("is the user's own, whole: editors, pagers, prefixes and git's own variables pass", () => {
    const mine = { VISUAL: 'vim', EDITOR: 'nano', PAGER: 'less', GIT_PAGER: 'less -R', PREFIX: '/usr/local', SSH_ASKPASS: '/bin/askpass', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'tag.gpgSign', GIT_CONFIG_VALUE_0: 'true', GIT_TRACE: '0' };
    Object.assign(process.env, mine);
    expect(gitEnv()).toMatchObject(mine);
  });

  it('makes relative git paths absolute from where promptgit started; absolute ones stay', () => {
    Object.assign(process.env, { GIT_DIR: '../repo.git', GIT_WORK_TREE: '..', GIT_INDEX_FILE: '/abs/index', GIT_CONFIG_GLOBAL: 'conf' });
    const env = gitEnv();
    expect(env.GIT_DIR).toBe(path.resolve('../repo.git'));
    expect(env.GIT_WORK_TREE).toBe(path.resolve('..'));
    expect(env.GIT_INDEX_FILE).toBe('/abs/index');
    expect(env.GIT_CONFIG_GLOBAL).toBe(path.resolve('conf'));
  });

  it("parses git's output in the C locale and never waits for a credential prompt", () => {
    Object.assign(process.env, { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', GIT_TERMINAL_PROMPT: '1' });
    expect(gitEnv()).toMatchObject({ LANG: 'C', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' });
  });
});
