/**
 * Writes figures into the section "Paginagewicht en Lighthouse" of docs/performance.md, between
 * `<!-- NAME:START -->` and `<!-- NAME:END -->`. Only that block changes; the rest of the file
 * (other sections, other authors) is left as it is.
 */
import fs from "node:fs";

const DOC = "docs/performance.md";
const HEADING = "## Paginagewicht en Lighthouse (issue 7)";

export function writeDocSection(name: string, body: string, doc = DOC): void {
  let text = fs.existsSync(doc) ? fs.readFileSync(doc, "utf8") : "# Performance\n";
  const start = `<!-- ${name}:START -->`;
  const end = `<!-- ${name}:END -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  if (text.includes(start) && text.includes(end)) {
    text = text.slice(0, text.indexOf(start)) + block + text.slice(text.indexOf(end) + end.length);
  } else {
    if (!text.includes(HEADING)) text = text.trimEnd() + `\n\n${HEADING}\n`;
    const at = text.indexOf(HEADING) + HEADING.length;
    const next = text.indexOf("\n## ", at);
    const cut = next === -1 ? text.length : next;
    text = text.slice(0, cut).trimEnd() + `\n\n${block}\n` + (next === -1 ? "" : "\n" + text.slice(cut + 1));
  }
  fs.writeFileSync(doc, text.endsWith("\n") ? text : text + "\n");
}
