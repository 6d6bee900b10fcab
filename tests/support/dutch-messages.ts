/**
 * The Dutch messages the domain and the shared libraries can hand to a person (zod messages, AppError
 * texts, the shared error texts), found in the source as a translator's extraction tool would find
 * them: every sentence-like string or template literal in the files that produce them. Used by the
 * test that every one has its English (src/i18n/en-messages.ts). A template literal's `${…}` parts
 * become `{0}`, `{1}`, … in the order they appear.
 */
import fs from "node:fs";
import path from "node:path";
import { sourceFiles } from "./source-files";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The files whose texts reach people as messages: schemas, the shared libraries, and where an AppError is made. */
function messageFiles(): string[] {
  return sourceFiles(path.join(ROOT, "src"))
    .map((f) => path.relative(ROOT, f).split(path.sep).join("/"))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.startsWith("src/i18n/") && !f.startsWith("src/generated/"))
    .filter((f) => {
      if (/^src\/modules\/[^/]+\/schemas\.ts$/.test(f) || f.startsWith("src/lib/")) return true;
      const text = fs.readFileSync(path.join(ROOT, f), "utf8");
      // An AppError's text, or a refusal a caller turns into one ({ ok: false, message }).
      return text.includes("AppError(") || /ok: false, (message|error):/.test(text);
    })
    .sort();
}

const LITERAL = /"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
/** A sentence: a capital (or a placeholder or quote) first, some lower-case words, a full stop, question or colon last. */
const SENTENCE = /^[A-ZÉ"'{][^\n]*[a-zë)]{2,}[^\n]*[.?!:]$/;

/** A template literal's text with its `${…}` parts as {0}, {1}, … (nested braces counted). */
function templateText(raw: string): string {
  let out = "";
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === "$" && raw[i + 1] === "{") {
      let depth = 1;
      i += 2;
      while (i < raw.length && depth > 0) {
        if (raw[i] === "{") depth++;
        else if (raw[i] === "}") depth--;
        i++;
      }
      i--;
      out += `{${n++}}`;
    } else out += raw[i];
  }
  return out;
}

/** Every Dutch message of the source, with the first file it is in. */
export function dutchMessages(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of messageFiles()) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    for (const m of text.matchAll(LITERAL)) {
      const t = m[1] !== undefined ? m[1] : templateText(m[2]!);
      if (!t.includes(" ") || !SENTENCE.test(t) || /^(SELECT|WITH|INSERT|UPDATE|DELETE|http)/.test(t)) continue;
      if (!out.has(t)) out.set(t, file);
    }
  }
  return out;
}
