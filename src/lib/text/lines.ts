/**
 * A list typed one item per line (a textarea): each line with its runs of white space made one
 * space and trimmed; empty lines dropped. Used by the regisseur's lists (wijken, hulpvragen).
 */
export function listLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}
