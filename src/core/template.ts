import Mustache from 'mustache';
import { inputMessages } from '../messages/input.js';

/**
 * Mustache templates: the references a template makes, read from mustache's own parser
 * tokens (never a regex), and rendering with HTML escaping off (prompts are not HTML).
 */

export type RefKind = 'name' | 'unescaped' | 'section' | 'inverted';

export interface VariableRef {
  /** First segment of the name: `user` for `{{user.name}}`. */
  name: string;
  /** The name as written, dots included. */
  path: string;
  kind: RefKind;
  /** Offsets of the whole tag (`{{ ... }}`) in the template. */
  start: number;
  end: number;
  /** Names of the enclosing sections, outermost first; inside one, a name may be an item's field. */
  sections: string[];
}

export interface PartialRef {
  name: string;
  start: number;
  end: number;
  /** Names of the sections around the include: there, the partial's names may be item fields. */
  sections: string[];
}

export interface TemplateInfo {
  variables: VariableRef[];
  partials: PartialRef[];
}

/** A template that mustache could not parse, with the offset it reported. */
export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Token = [string, string, number, number, Token[]?, number?];

const KINDS: Record<string, RefKind> = { name: 'name', '&': 'unescaped', '#': 'section', '^': 'inverted' };

/**
 * Sections inside sections (and partials inside partials), at most: mustache renders them
 * by recursion and overflows the stack, as any error, near 10,000. Prompts use a handful.
 */
export const MAX_SECTION_DEPTH = 100;

/** Parses a template; throws TemplateSyntaxError for unclosed or mismatched tags. */
export function parseTemplate(template: string): TemplateInfo {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(template) as unknown as Token[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = / at (\d+)$/.exec(message);
    throw new TemplateSyntaxError(message.replace(/ at \d+$/, ''), match ? Number(match[1]) : 0);
  }
  const info: TemplateInfo = { variables: [], partials: [] };
  walk(tokens, [], info, template);
  return info;
}

function walk(tokens: Token[], sections: string[], info: TemplateInfo, template: string): void {
  for (const token of tokens) {
    const [type, value, start, end] = token;
    if (type === '>') {
      info.partials.push({ name: value, start, end, sections });
      continue;
    }
    const kind = KINDS[type];
    if (kind === undefined || value === '.') continue;
    // For sections, mustache's `end` is the end of the opening tag: that is the tag to report.
    info.variables.push({ name: value.split('.')[0]!, path: value, kind, start, end, sections });
    if ((type === '#' || type === '^') && token[4]) {
      if (sections.length >= MAX_SECTION_DEPTH) throw new TemplateSyntaxError(inputMessages.sectionsTooDeep(MAX_SECTION_DEPTH), start);
      walk(token[4], [...sections, value.split('.')[0]!], info, template);
    }
  }
}

/** Whether the template can be parsed; the error when it cannot. */
export function templateError(template: string): TemplateSyntaxError | undefined {
  try {
    parseTemplate(template);
    return undefined;
  } catch (error) {
    if (error instanceof TemplateSyntaxError) return error;
    throw error;
  }
}

/**
 * The first chain of partials that include each other (`a -> b -> a`), found from the
 * tokens before rendering: mustache would recurse until the stack overflows, and that
 * overflow can surface as any kind of error.
 */
export function partialCycle(template: string, partials: ReadonlyMap<string, string>): string[] | undefined {
  const done = new Set<string>();
  const visit = (text: string, stack: string[]): string[] | undefined => {
    let names: string[];
    try {
      names = parseTemplate(text).partials.map((p) => p.name);
    } catch {
      return undefined;
    }
    // A chain of partials thousands long would overflow this walk, and mustache's render after it.
    if (stack.length > MAX_SECTION_DEPTH) throw new TemplateSyntaxError(inputMessages.partialsTooDeep, 0);
    for (const name of names) {
      if (stack.includes(name)) return [...stack.slice(stack.indexOf(name)), name];
      const partial = partials.get(name);
      if (done.has(name) || partial === undefined) continue;
      const cycle = visit(partial, [...stack, name]);
      if (cycle) return cycle;
      done.add(name);
    }
    return undefined;
  };
  return visit(template, []);
}

/** Partials of a template that include each other, as the error renderTemplate throws. */
export function cycleError(template: string, partials: ReadonlyMap<string, string>): TemplateSyntaxError | undefined {
  const cycle = partialCycle(template, partials);
  return cycle && new TemplateSyntaxError(`Partials include each other in a cycle (${cycle.join(' -> ')})`, 0);
}

/** A partial that does not parse, as an error at `offset` (the include) of the including template. */
export function partialError(name: string, text: string, offset: number): TemplateSyntaxError | undefined {
  const error = templateError(text);
  return error && new TemplateSyntaxError(`${error.message} in partial "${name}"`, offset);
}

/**
 * Renders a template with HTML escaping off. Throws TemplateSyntaxError for a template,
 * or a partial, that does not parse, and for partials that include each other.
 */
export function renderTemplate(template: string, view: Record<string, unknown>, partials: ReadonlyMap<string, string>): string {
  parseTemplate(template);
  const cycle = cycleError(template, partials);
  if (cycle) throw cycle;
  const lookup = (name: string): string | undefined => {
    const text = partials.get(name);
    const error = text === undefined ? undefined : partialError(name, text, 0);
    if (error) throw error;
    return text;
  };
  try {
    return Mustache.render(template, view, lookup, { escape: (text: string) => String(text) });
  } catch (error) {
    // Partials nested thousands deep, each shallow enough alone: the recursion gives out.
    if (error instanceof RangeError) throw new TemplateSyntaxError(inputMessages.partialsTooDeep, 0);
    throw error;
  }
}
