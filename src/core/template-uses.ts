import { partialNameProblem } from './ids.js';
import { parseTemplate, type TemplateInfo, type VariableRef } from './template.js';

/**
 * What a prompt's message templates use, through the partials they include: the one walk
 * behind the inferred contract, render's refusals and the lint rules, so they agree.
 */

/** Where a tag is: in message `message`'s content itself, or in `partial`, which that message includes. */
export interface UseSite {
  message: number;
  partial?: string;
  /** Offsets, in the message's content, of the tag itself or of the include that leads to it. */
  start: number;
  end: number;
}

export interface VariableUse extends UseSite {
  ref: VariableRef;
  /** Inside a section, here or around an include on the way: the name may be an item's field. */
  inSection: boolean;
}

export interface PartialUse extends UseSite {
  name: string;
  /** Why the name cannot name a file under `.prompts/_partials/`; such a name is never looked up. */
  invalid?: string;
  /** A valid name with no partial of that name. */
  missing: boolean;
  /** The partial's text, when there is one. */
  text?: string;
}

export interface TemplateUses {
  variables: VariableUse[];
  partials: PartialUse[];
}

/** Parses a template, or gives undefined when it does not parse (reported elsewhere). */
export type TemplateParser = (text: string) => TemplateInfo | undefined;

function tryParseTemplate(text: string): TemplateInfo | undefined {
  try {
    return parseTemplate(text);
  } catch {
    return undefined;
  }
}

/**
 * Every variable and partial the templates use, following partials transitively. Cycle-safe:
 * a partial is walked once per message (twice if it is included both in and out of a section).
 */
export function templateUses(templates: readonly string[], partials: ReadonlyMap<string, string>, parse: TemplateParser = tryParseTemplate): TemplateUses {
  const uses: TemplateUses = { variables: [], partials: [] };
  templates.forEach((template, message) => {
    const walked = new Set<string>();
    const visit = (text: string, partial: string | undefined, outerSection: boolean, include?: { start: number; end: number }): void => {
      const info = parse(text);
      if (!info) return;
      const site = (tag: { start: number; end: number }): UseSite => {
        const at = include ?? tag;
        return { message, ...(partial === undefined ? {} : { partial }), start: at.start, end: at.end };
      };
      for (const ref of info.variables) uses.variables.push({ ...site(ref), ref, inSection: outerSection || ref.sections.length > 0 });
      for (const ref of info.partials) {
        const invalid = partialNameProblem(ref.name);
        const body = invalid === undefined ? partials.get(ref.name) : undefined;
        uses.partials.push({ ...site(ref), name: ref.name, ...(invalid === undefined ? {} : { invalid }), missing: invalid === undefined && body === undefined, ...(body === undefined ? {} : { text: body }) });
        const inSection = outerSection || ref.sections.length > 0;
        const key = `${inSection}\0${ref.name}`;
        if (body === undefined || walked.has(key)) continue;
        walked.add(key);
        visit(body, ref.name, inSection, include ?? ref);
      }
    };
    visit(template, undefined, false);
  });
  return uses;
}

/**
 * Top-level variable names a template set uses, following partials (cycle-safe). A name
 * inside a section, or in a partial included inside one, may be a field of the section's
 * item, which the template alone cannot tell: it counts only when `counts` says so.
 */
export function referencedNames(
  templates: readonly string[],
  partials: ReadonlyMap<string, string>,
  counts: (use: VariableUse) => boolean = (use) => !use.inSection,
): Set<string> {
  const names = new Set<string>();
  for (const use of templateUses(templates, partials).variables) if (counts(use)) names.add(use.ref.name);
  return names;
}
