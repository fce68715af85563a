import { assertValid } from '../core/valid.js';
import { renderPrompt, type RenderedPrompt } from '../core/render.js';
import { ProblemsError, UsageError } from '../errors.js';
import { templateUses } from '../core/template-uses.js';
import { renderMessages } from '../messages/render.js';
import { partialFile } from '../store/index.js';
import { cliMessages } from '../messages/cli.js';
import type { Reporter } from '../output/reporter.js';
import { forTerminal } from '../output/sanitize.js';
import type { CommandContext } from './context.js';
import { readNamedPrompt } from './show.js';
import { parseVarOptions } from './vars.js';

export const RENDER_FORMATS = ['text', 'json'] as const;

export interface RenderOptions extends CommandContext {
  ref: string;
  var?: string[];
  vars?: string;
  format?: string;
}

function printText(rendered: RenderedPrompt, reporter: Reporter): void {
  const c = reporter.color;
  rendered.messages.forEach((message, index) => {
    if (index > 0) reporter.out('');
    reporter.out(c.bold.cyan(`[${message.role}]`));
    reporter.out(forTerminal(message.content.replace(/\n$/, ''), reporter));
  });
}

/** `promptgit render <ref>`: the prompt's messages filled with the variables. */
export async function render(options: RenderOptions): Promise<number> {
  const format = options.format ?? 'text';
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) throw new UsageError(cliMessages.unknownFormat(format, RENDER_FORMATS.join(', ')));
  const { values, fromText } = parseVarOptions(options.cwd, options.var, options.vars);
  const { prompt, partials, partialProblems } = await readNamedPrompt(options.cwd, options.ref);
  assertValid(prompt);
  // A partial that exists but cannot be read (a link leaving the repository, binary) is refused by name, never rendered as empty.
  const unreadable = templateUses(prompt.data.messages.map((m) => m.content), partials).partials.filter((use) => partialProblems.has(use.name));
  if (unreadable.length > 0) {
    const names = [...new Set(unreadable.map((use) => use.name))];
    throw new ProblemsError(renderMessages.unreadablePartials(prompt.file, names.length), names.map((name) => ({ file: partialFile(name), message: partialProblems.get(name)! })), { hint: renderMessages.unreadablePartialsHint });
  }
  const rendered = renderPrompt(prompt, values, { partials, fromText });
  if (format === 'json') options.reporter.out(JSON.stringify(rendered, null, 2));
  else printText(rendered, options.reporter);
  return 0;
}
