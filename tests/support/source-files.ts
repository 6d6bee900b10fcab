/**
 * The source files below a folder, for the tests that read the code itself (one writer per table,
 * one audit writer, the mutation builder, audit texts …): .ts, .tsx, .mts, .js and .mjs files as
 * absolute paths, without generated code, node_modules and test files (unless `tests`). A folder that
 * does not exist has none.
 */
import fs from "node:fs";
import path from "node:path";

export function sourceFiles(dir: string, opts: { tests?: boolean } = {}): string[] {
  const root = path.resolve(dir);
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(root, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(full, opts);
    if (!/\.(ts|tsx|mts|js|mjs)$/.test(e.name)) return [];
    return !opts.tests && /\.test\.tsx?$/.test(e.name) ? [] : [full];
  });
}

/** The repository's root folder. */
const REPO_ROOT = path.resolve(import.meta.dirname, "../..");

/** sourceFiles for a folder given relative to the repository, as repository-relative paths ("src/app/…"). */
export function repoFiles(dir: string, opts: { tests?: boolean } = {}): string[] {
  return sourceFiles(path.join(REPO_ROOT, dir), opts).map((f) => path.relative(REPO_ROOT, f).split(path.sep).join("/"));
}
