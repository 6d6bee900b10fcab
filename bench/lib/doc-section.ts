/**
 * docs/performance.md is shared by several benchmarks: each one rewrites only its own section,
 * between <!-- BEGIN name --> and <!-- END name --> (appended at the end when not there yet).
 */
import fs from "node:fs";

export function writeDocSection(file: string, name: string, body: string): void {
  const begin = `<!-- BEGIN ${name} (generated: do not edit by hand) -->`;
  const end = `<!-- END ${name} -->`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Performance\n";
  const block = `${begin}\n${body.trim()}\n${end}`;
  const i = current.indexOf(begin);
  const j = current.indexOf(end);
  const next = i >= 0 && j > i ? current.slice(0, i) + block + current.slice(j + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
}
