/**
 * One way for a mutation: every server action goes through src/server/action.ts. A "use server" file
 * that reads the session, checks a gemeente's permission, wraps its own errors or refreshes pages by
 * hand fails here; the role matrix (tests/integration/evidence-authz-roles.test.ts) proves the
 * permissions themselves.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../../tests/support/source-files";

const SRC = path.resolve(__dirname, "..");
/** What only the builder may do. */
const BY_HAND = /\b(runAction|requireTenant|requirePlatform|getActor|revalidatePath)\s*\(/g;
/** Not a data change: sets the language cookie and refreshes every page (no session, no gemeente). */
const NOT_A_MUTATION = new Set(["i18n/actions.ts"]);

/** The "use server" files below `dir`. */
function serverActionFiles(dir: string): string[] {
  return sourceFiles(dir).filter((f) => /^\s*["']use server["']/.test(fs.readFileSync(f, "utf8")));
}

/** The places in a file's code (comments left out) that do by hand what the builder does. */
export function byHand(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  return [...code.matchAll(BY_HAND)].map((m) => m[1]!);
}

describe("server actions use the one mutation builder", () => {
  const files = serverActionFiles(SRC);

  it("finds the server action files", () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  it("no server action reads the session, checks a permission, wraps errors or refreshes pages by hand", () => {
    const offenders = files
      .map((f) => path.relative(SRC, f))
      .filter((rel) => !NOT_A_MUTATION.has(rel))
      .flatMap((rel) => byHand(fs.readFileSync(path.join(SRC, rel), "utf8")).map((what) => `${rel}: ${what}`));
    expect(offenders).toEqual([]);
  });

  it("would catch an action written by hand", () => {
    const handWritten = `"use server";
      export async function a(slug: string) {
        return runAction(async () => {
          const ctx = await requireTenant(await getActor(), { slug }, "x:y"); // check
          revalidatePath("/x");
        }, "a");
      }`;
    expect(byHand(handWritten)).toEqual(["runAction", "requireTenant", "getActor", "revalidatePath"]);
    expect(byHand(`// runAction(\n/* getActor() */ tenantAction("a", s, "x", f)`)).toEqual([]);
  });
});
