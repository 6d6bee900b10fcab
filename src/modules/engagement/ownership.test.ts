/**
 * One owner per table (issue 13, finding 3): every write to the relation's tables goes through the
 * engagement domain core (src/modules/engagement). This test reads every source file under src/
 * and fails on a Prisma write (create/update/upsert/delete and their *Many forms) or a raw SQL
 * INSERT/UPDATE/DELETE of those models anywhere else. The exceptions are listed below, each with
 * its reason; an exception that no longer matches anything fails too, so the list stays minimal.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../../../tests/support/source-files";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SRC = path.join(ROOT, "src");
const OWNER = "src/modules/engagement/";

/** Prisma client property → table name. */
export const OWNED_MODELS: Record<string, string> = {
  vestiging: "Vestiging",
  contribution: "Contribution",
  contactMoment: "ContactMoment",
  contactPerson: "ContactPerson",
  milestone: "Milestone",
  doubt: "Doubt",
  stepChange: "StepChange",
  supportOffer: "SupportOffer",
};

const WRITE_METHODS = [
  "create",
  "createMany",
  "createManyAndReturn",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "upsert",
  "delete",
  "deleteMany",
];

/**
 * Allowed writes outside the engagement core: file → model → why. Keep this list short.
 */
const EXCEPTIONS: Record<string, Record<string, string>> = {
  // The gemeente's own support-offer entries (vestigingId NULL) are kept by the offer module; an
  // entrepreneur's entries are created and published only by engagement/server/offer-items.ts, and
  // a staff edit of one is screened through engagement's holdIfScreened.
  "src/modules/offer/server/offers.ts": { supportOffer: "staff entries of the aanbod, confirm link, unpublish" },
  "src/modules/offer/jobs/send-confirm-reminders.ts": { supportOffer: "stamps lastReminderAt only" },
};

export type Violation = { file: string; line: number; model: string; text: string };

const callRe = new RegExp(`\\.\\s*(${Object.keys(OWNED_MODELS).join("|")})\\s*\\.\\s*(${WRITE_METHODS.join("|")})\\s*\\(`, "g");
const sqlRe = new RegExp(`\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+"(${Object.values(OWNED_MODELS).join("|")})"`, "gi");
const tableToModel = Object.fromEntries(Object.entries(OWNED_MODELS).map(([m, t]) => [t.toLowerCase(), m]));

/** All writes of the owned models in one source text. */
export function findWrites(file: string, source: string): Violation[] {
  const out: Violation[] = [];
  const lineOf = (index: number) => source.slice(0, index).split("\n").length;
  for (const m of source.matchAll(callRe)) out.push({ file, line: lineOf(m.index), model: m[1], text: m[0] });
  for (const m of source.matchAll(sqlRe)) out.push({ file, line: lineOf(m.index), model: tableToModel[m[2].toLowerCase()], text: m[0] });
  return out;
}

function allWrites(): Violation[] {
  return sourceFiles(SRC).flatMap((full) => findWrites(path.relative(ROOT, full).split(path.sep).join("/"), readFileSync(full, "utf8")));
}

describe("one owner per table: the engagement core", () => {
  it("the scanner sees Prisma writes in any form, and raw SQL writes", () => {
    const sample = [
      "await db.vestiging.update({ where: { id } });",
      "await tx . contribution\n  .deleteMany({})",
      "db.doubt.upsert({",
      "db.vestiging.findMany({ where: {} })", // a read: not a write
      'await db.$executeRawUnsafe(`UPDATE "Milestone" SET celebrated = true`)',
      'sql`INSERT INTO "StepChange" (id) VALUES (1)`',
      'sql`delete from "SupportOffer"`',
    ].join("\n");
    expect(findWrites("x.ts", sample).map((v) => `${v.model}@${v.line}`)).toEqual([
      "vestiging@1",
      "contribution@2",
      "doubt@4",
      "milestone@6",
      "stepChange@7",
      "supportOffer@8",
    ]);
  });

  it("no write of Vestiging, Contribution, ContactMoment, Milestone, Doubt, StepChange, offer items outside the engagement module", () => {
    const outside = allWrites().filter((v) => !v.file.startsWith(OWNER) && !EXCEPTIONS[v.file]?.[v.model]);
    expect(outside.map((v) => `${v.file}:${v.line} ${v.text}`)).toEqual([]);
  });

  it("every listed exception is still needed (the list stays minimal)", () => {
    const writes = allWrites();
    const unused = Object.entries(EXCEPTIONS).flatMap(([file, models]) =>
      Object.keys(models)
        .filter((model) => !writes.some((w) => w.file === file && w.model === model))
        .map((model) => `${file} ${model}`),
    );
    expect(unused).toEqual([]);
  });
});
