import { Lexer } from 'yaml';

/** Every run that could be a comment: `#` at a line start or after a blank, to the line end (a superset). */
function commentCandidates(text: string): string[] {
  return text.match(/(?:^|[ \t])#.*$/gm) ?? [];
}

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

const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((c, i) => c === y[i]);

/**
 * Whether two YAML texts have the same comments. Lexing is the expensive part, so the
 * cheap superset is compared first: when it is equal, so are the comments.
 */
export function sameComments(a: string, b: string): boolean {
  return sameList(commentCandidates(a), commentCandidates(b)) || sameList(yamlComments(a), yamlComments(b));
}
