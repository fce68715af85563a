import { parseWithoutProcessing, type AST } from '@handlebars/parser';
import type { Message, Role, VariableType } from '../../core/schema.js';
import { trimBlankLines } from '../prompty/roles.js';
import { InteropInputError, type Loss } from '../types.js';

const ROLES: readonly string[] = ['system', 'user', 'assistant', 'developer'];
/** Dotprompt's helpers with no Mustache equivalent. */
const DOTPROMPT_HELPERS = new Set(['history', 'media', 'section', 'json', 'ifEquals', 'unlessEquals']);

interface Walk {
  file: string;
  /** The file line of the body's first line, minus one. */
  offset: number;
  losses: Loss[];
  partials: Set<string>;
  /** The declared types, by name: a block converts exactly only over a value of the type it expects. */
  types: ReadonlyMap<string, VariableType>;
}

/** The types over which a Handlebars block and a Mustache section render the same. */
const EXACT_OVER: Record<string, readonly VariableType[]> = {
  if: ['boolean', 'string', 'number', 'integer'],
  unless: ['boolean', 'string', 'number', 'integer'],
  each: ['array'],
  with: ['object'],
};

/**
 * Converts a Dotprompt body (Handlebars) into Mustache messages: `{{role "x"}}` starts a
 * message (text before the first one is the user's, as Dotprompt reads it), `{{#if x}}`,
 * `{{#unless x}}`, `{{#each x}}` and `{{#with x}}` become sections, `{{this}}` becomes
 * `{{.}}`, `{{> name}}` stays an include. Helpers (`{{json x}}`, `{{media}}`, `{{history}}`,
 * `{{@index}}` and the like) have no Mustache form: each is left out and is a loss.
 */
export function handlebarsToMessages(body: string, bodyLine: number, file: string, types: ReadonlyMap<string, VariableType> = new Map()): { messages: Message[]; losses: Loss[]; partials: string[] } {
  const walk: Walk = { file, offset: bodyLine - 1, losses: [], partials: new Set(), types };
  const program = parseBody(body, bodyLine);
  const messages: Array<{ role: Role; parts: string[] }> = [{ role: 'user', parts: [] }];
  for (const node of program.body) {
    const role = roleOf(node);
    if (role !== undefined) {
      if (!ROLES.includes(role)) {
        loss(walk, node, `{{role "${role}"}}`, `the role "${role}" has no promptgit role; its text joins the message before it`);
        continue;
      }
      messages.push({ role: role as Role, parts: [] });
      continue;
    }
    messages[messages.length - 1]!.parts.push(statement(node, walk, []));
  }
  const out = messages.map((m) => ({ role: m.role, content: trimBlankLines(m.parts.join('')) })).filter((m, i) => i > 0 || m.content !== '');
  return { messages: out.filter((m, i) => m.content !== '' || out.length === 1 || i > 0), losses: walk.losses, partials: [...walk.partials] };
}

/** Converts a partial's Handlebars text to Mustache (no role markers there). */
export function handlebarsToMustache(text: string, file: string): { text: string; losses: Loss[]; partials: string[] } {
  const walk: Walk = { file, offset: 0, losses: [], partials: new Set(), types: new Map() };
  const program = parseBody(text, 1);
  return { text: program.body.map((n: AST.Statement) => statement(n, walk, [])).join(''), losses: walk.losses, partials: [...walk.partials] };
}

function parseBody(body: string, bodyLine: number): AST.Program {
  try {
    return parseWithoutProcessing(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/.exec(message)?.[1];
    throw new InteropInputError(`the Handlebars template does not parse: ${message.split('\n')[0]}`, bodyLine + (line ? Number(line) - 1 : 0));
  }
}

function roleOf(node: AST.Statement): string | undefined {
  if (node.type !== 'MustacheStatement') return undefined;
  const m = node as AST.MustacheStatement;
  if (m.path.type !== 'PathExpression' || (m.path as AST.PathExpression).original !== 'role') return undefined;
  const param = m.params[0] as AST.StringLiteral | undefined;
  return param?.type === 'StringLiteral' ? param.value : undefined;
}

function loss(walk: Walk, node: AST.Node, field: string, message: string): void {
  walk.losses.push({ file: walk.file, line: walk.offset + node.loc.start.line, field, message });
}

function program(p: AST.Program | undefined, walk: Walk, blocks: string[]): string {
  return (p?.body ?? []).map((n: AST.Statement) => statement(n, walk, blocks)).join('');
}

/** A path as Mustache names it, or undefined for what Mustache cannot name (`@index`, `../x`). */
function pathName(path: AST.PathExpression): string | undefined {
  if (path.data || path.depth > 0 || path.parts.some((p: unknown) => typeof p !== 'string')) return undefined;
  if (path.original === 'this' || path.original === '.') return '.';
  return path.original.replace(/^this\./, '');
}

function statement(node: AST.Statement, walk: Walk, blocks: string[]): string {
  switch (node.type) {
    case 'ContentStatement':
      return (node as AST.ContentStatement).value;
    case 'CommentStatement':
      return `{{!${(node as AST.CommentStatement).value}}}`;
    case 'MustacheStatement':
      return mustache(node as AST.MustacheStatement, walk);
    case 'BlockStatement':
      return block(node as AST.BlockStatement, walk, blocks);
    case 'PartialStatement': {
      const p = node as AST.PartialStatement;
      const name = p.name.type === 'PathExpression' ? (p.name as AST.PathExpression).original : undefined;
      if (!name || p.params.length > 0 || p.hash?.pairs.length) {
        loss(walk, node, '{{> partial}}', 'a partial with a dynamic name, a context or parameters has no Mustache form; left out');
        return '';
      }
      walk.partials.add(name);
      return `{{> ${name}}}`;
    }
    default:
      loss(walk, node, node.type, 'partial blocks and decorators have no Mustache form; left out');
      return '';
  }
}

function mustache(m: AST.MustacheStatement, walk: Walk): string {
  if (m.path.type !== 'PathExpression') {
    loss(walk, m, '{{…}}', 'a literal or sub-expression has no Mustache form; left out');
    return '';
  }
  const path = m.path as AST.PathExpression;
  if (m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0 || DOTPROMPT_HELPERS.has(path.original)) {
    const what = path.original === 'role' ? 'a {{role}} inside a block' : `the helper {{${path.original}}}`;
    loss(walk, m, `{{${path.original}}}`, `${what} has no Mustache equivalent; left out`);
    return '';
  }
  const name = pathName(path);
  if (name === undefined) {
    loss(walk, m, `{{${path.original}}}`, `"${path.original}" (data variables such as @index, @key, and ../ paths) has no Mustache equivalent; left out`);
    return '';
  }
  // Dotprompt renders with noEscape, as promptgit does: {{x}} and {{{x}}} are the same.
  return m.escaped ? `{{${name}}}` : `{{{${name}}}}`;
}

function block(b: AST.BlockStatement, walk: Walk, blocks: string[]): string {
  const helper = b.path.original;
  const param = b.params[0];
  const mapped = ['if', 'unless', 'each', 'with'].includes(helper);
  const target = mapped ? (param?.type === 'PathExpression' && b.params.length === 1 ? pathName(param as AST.PathExpression) : undefined) : b.params.length === 0 && !b.hash?.pairs.length ? pathName(b.path) : undefined;
  if (target === undefined || target === '.') {
    loss(walk, b, `{{#${helper}}}`, `the block {{#${helper}}} has no Mustache equivalent; left out with its content`);
    return '';
  }
  if (b.program?.blockParams?.length) loss(walk, b, `{{#${helper} as |…|}}`, 'block parameters have no Mustache equivalent; the items are the section\'s context instead');
  const type = blocks.length === 0 ? walk.types.get(target) : undefined;
  const exactOver = EXACT_OVER[helper];
  if (exactOver && !(type && exactOver.includes(type))) {
    loss(walk, b, `{{#${helper} ${target}}}`, `converted to the section {{#${target}}}, which renders the same only over ${exactOver.map((t) => `a${/^[aeiou]/.test(t) ? 'n' : ''} ${t}`).join(' or ')}; declare "${target}" with that type in input.schema`);
  }
  const inner = program(b.program, walk, [...blocks, target]);
  const other = program(b.inverse, walk, blocks);
  const [open, otherwise] = helper === 'unless' ? ['^', '#'] : ['#', '^'];
  const main = `{{${open}${target}}}${inner}{{/${target}}}`;
  return b.inverse && b.inverse.body.length > 0 ? `${main}{{${otherwise}${target}}}${other}{{/${target}}}` : main;
}
