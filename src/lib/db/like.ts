/**
 * A search text as a literal inside LIKE/ILIKE: `%`, `_` and the escape character `\` mean themselves
 * (PostgreSQL's default LIKE escape is the backslash). Without this, "100%" finds every name that
 * contains "100" and a lone "%" or "_" finds everything.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%text%` for "contains", with the text taken literally. */
export function likeContains(text: string): string {
  return `%${likeLiteral(text)}%`;
}
