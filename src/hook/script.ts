/** The line that marks a pre-commit hook as promptgit's own. */
export const HOOK_MARKER = '# promptgit pre-commit hook';

/** Where a foreign hook is kept when `--force` installs over it; promptgit's hook runs it first. */
export const CHAINED_SUFFIX = '.pre-promptgit';

/** Quotes a string for sh: the hook must survive paths with spaces and quotes. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The hook script. It calls node and the promptgit bin by absolute path, because GUI git
 * clients run hooks without node_modules/.bin (or even node) on PATH; it falls back to a
 * promptgit on PATH and then to npx when those paths are gone (node upgraded, package moved).
 */
export function hookScript(nodePath: string, binPath: string): string {
  return `#!/bin/sh
${HOOK_MARKER}: lints the prompts staged for this commit.
# Installed by "promptgit hook install"; remove it with "promptgit hook uninstall".
# Skip it once with "git commit --no-verify".
hook="$0"
if [ -x "$hook${CHAINED_SUFFIX}" ]; then
  "$hook${CHAINED_SUFFIX}" "$@" || exit $?
fi
node=${shellQuote(nodePath)}
bin=${shellQuote(binPath)}
if [ -x "$node" ] && [ -f "$bin" ]; then
  exec "$node" "$bin" lint --staged
elif command -v promptgit >/dev/null 2>&1; then
  exec promptgit lint --staged
else
  exec npx --no-install promptgit lint --staged
fi
`;
}
