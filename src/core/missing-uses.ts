import { renderMessages as m } from '../messages/render.js';
import type { PromptFile } from './schema.js';
import { didYouMean } from './suggest.js';
import type { TemplateUses, UseSite } from './template-uses.js';

export type MissingKind = 'undeclared' | 'missing' | 'invalid';

/** Something the templates use that the prompt does not have, at its first use. */
export interface MissingUse {
  kind: MissingKind;
  message: string;
  site: UseSite;
}

/**
 * What no values can fix: a variable the declared `variables` lacks (top level only; an
 * inferred contract has every one), a partial that does not exist, a name that cannot be a
 * partial. Rendering them as empty would hide the mistake. One entry per name, naming each
 * place that uses it.
 */
export function missingUses(data: PromptFile, uses: TemplateUses): MissingUse[] {
  const found: MissingUse[] = [];
  const declared = data.variables;
  if (declared) {
    const undeclared = uses.variables.filter((use) => !use.inSection && !Object.hasOwn(declared, use.ref.name));
    for (const [name, group] of byName(undeclared, (use) => use.ref.name)) {
      found.push({ kind: 'undeclared', site: group[0]!, message: m.undeclared(name, sitesOf(group), didYouMean(name, Object.keys(declared))) });
    }
  }
  const broken = uses.partials.filter((use) => use.missing || use.invalid !== undefined);
  for (const [name, group] of byName(broken, (use) => use.name)) {
    const why = group[0]!.invalid;
    const message = why === undefined ? m.missingPartial(name, sitesOf(group)) : m.invalidPartial(name, sitesOf(group), why);
    found.push({ kind: why === undefined ? 'missing' : 'invalid', site: group[0]!, message });
  }
  // In the order a reader meets them.
  return found.sort((a, b) => byPosition(a.site, b.site));
}

function byPosition(a: UseSite, b: UseSite): number {
  return a.message - b.message || a.start - b.start;
}

/** Uses grouped by name, each group in reading order (the walk visits partials after the message). */
function byName<T extends UseSite>(items: readonly T[], name: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort(byPosition)) {
    const group = groups.get(name(item));
    if (group) group.push(item);
    else groups.set(name(item), [item]);
  }
  return groups;
}

/** `messages[0].content and partial "sig"`: where the tags are, each place once. */
function sitesOf(group: readonly UseSite[]): string {
  const sites = group.map((site) => (site.partial === undefined ? m.messageSite(site.message) : m.partialSite(site.partial)));
  return m.sites([...new Set(sites)]);
}
