import { Lexer } from 'yaml';

/**
 * The comments of a YAML text, in order, read with yaml's own lexer so a `#` inside a
 * block scalar or a quoted string is not mistaken for one.
 */
export function yamlComments(text: string): string[] {
  const comments: string[] = [];
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('#')) comments.push(token.trimEnd());
  }
  return comments;
}
