import type { Rule } from '../types.js';

/**
 * The store reports these for the files of the state being linted: a file with a prompt's
 * extension whose name is not a valid id, or one of two files that claim the same id. They
 * belong to no parsed prompt, so the rule itself checks nothing; it gives them an id that
 * the config can set.
 */
export const rule: Rule = {
  meta: {
    id: 'file-name',
    description: 'Every file with a prompt extension in a prompt folder (.prompts/, and *.prompt.yml in the configured folders) is a prompt: its name is a valid id, and no other file in any folder claims that id.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {},
  },
  check() {},
};
