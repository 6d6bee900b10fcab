/**
 * One owner per table (issues 13 and 18): every table is written by one module (or one part of the shared code),
 * and by nothing else. This test reads every source file under src/ and fails on a Prisma write
 * (create/update/upsert/delete and their *Many forms) or a raw SQL INSERT/UPDATE/DELETE of a model outside its
 * owner. Another module that needs a change calls the owner's server surface (e.g. self-service joins through
 * `addEntrepreneurMembership` of users and `createSelfRegisteredOrganisation` of engagement). Every model of the
 * schema must have an owner; the exceptions are listed with their reason, and an exception that no longer
 * matches anything fails too, so the list stays minimal. CI runs it with the unit tests.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../support/source-files";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SRC = path.join(ROOT, "src");

const mod = (name: string) => `src/modules/${name}/`;

/** Table (Prisma model) → the folder that owns its writes. */
const OWNERS: Record<string, string> = {
  Gemeente: mod("gemeenten"),
  GemeenteLogo: mod("gemeenten"),
  User: mod("users"),
  Membership: mod("users"),
  SignUpRateLimit: mod("users"),
  VerificationToken: "src/server/next-auth.ts",
  RevokedSession: "src/lib/auth/",
  LoginAttempt: "src/lib/auth/",
  AuditEvent: "src/lib/audit/",
  SignalAuditEntry: "src/lib/audit/",
  ApiKey: mod("api-keys"),
  IdentityProvider: mod("identity"),
  Campaign: mod("campaigns"),
  CoalitionPartner: mod("partners"),
  Organisation: mod("engagement"),
  Vestiging: mod("engagement"),
  ContactPerson: mod("engagement"),
  StepChange: mod("engagement"),
  ContactMoment: mod("engagement"),
  Milestone: mod("engagement"),
  Contribution: mod("engagement"),
  Doubt: mod("engagement"),
  PropositionItem: mod("engagement"),
  MailTemplate: mod("engagement"),
  SupportOffer: mod("engagement"),
  KlankbordMember: mod("coalition"),
  KlankbordMeeting: mod("coalition"),
  KlankbordInput: mod("coalition"),
  BudgetActual: mod("plan"),
  PlanItemStatus: mod("plan"),
  SmartGoal: mod("plan"),
  Event: mod("events"),
  EventRegistration: mod("events"),
  EventGuest: mod("events"),
  EventInvitation: mod("events"),
  EventRateLimit: mod("events"),
  OrganisationClaim: mod("selfservice"),
  Signal: mod("signals"),
  SignalTransition: mod("signals"),
  ConsumedFormToken: mod("signals"),
  SignalRateLimit: mod("signals"),
  SignalMailPreference: mod("signals"),
  SignalFeedbackRequest: mod("signals"),
  SignalFeedback: mod("signals"),
  NationalFigure: mod("national"),
};

/** Writes allowed outside the owner: file → model → why. Keep this list short. */
const EXCEPTIONS: Record<string, Record<string, string>> = {
  // The gemeente's own support-offer entries (vestigingId NULL) are kept by the offer module; an
  // entrepreneur's entries are created and published only by engagement/server/offer-items.ts, and
  // a staff edit of one is screened through engagement's holdIfScreened.
  "src/modules/offer/server/offers.ts": { SupportOffer: "staff entries of the aanbod, confirm link, unpublish" },
  "src/modules/offer/jobs/send-confirm-reminders.ts": { SupportOffer: "stamps lastReminderAt only" },
  // Sign-in and sessions are shared code (src/lib may not import a module): they write the account's session fields.
  "src/lib/auth/session-user.ts": { User: "raises sessionVersion: every session of the account ends" },
  "src/lib/auth/totp-store.ts": { User: "the last accepted sign-in code (replay guard) and the sealed secret's upgrade" },
  "src/server/next-auth.ts": { User: "next-auth's adapter marks the e-mail address verified after a link sign-in" },
  // A gemeente leaving the platform: the owner connection removes the signal chain rows RLS does not let a module delete.
  "src/modules/gemeenten/server/leave-platform.ts": {
    SignalTransition: "deletes the leaving gemeente's rows, after the export",
    SignalAuditEntry: "deletes the leaving gemeente's rows, after the export and the anchor",
  },
  // A benchmark's own throwaway gemeente, not product code.
  "src/modules/engagement/bench/registry-bench.ts": {
    Gemeente: "benchmark fixture",
    User: "benchmark fixture",
    Membership: "benchmark fixture",
  },
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

const MODELS = Object.keys(OWNERS);
const property = (model: string) => model[0]!.toLowerCase() + model.slice(1);
const byProperty = Object.fromEntries(MODELS.map((m) => [property(m), m]));
const byTable = Object.fromEntries(MODELS.map((m) => [m.toLowerCase(), m]));
const callRe = new RegExp(`\\.\\s*(${MODELS.map(property).join("|")})\\s*\\.\\s*(${WRITE_METHODS.join("|")})\\s*\\(`, "g");
const sqlRe = new RegExp(`\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+"(${MODELS.join("|")})"`, "gi");

type Write = { file: string; line: number; model: string; text: string };

/** All writes of the models in one source text. */
function findWrites(file: string, source: string): Write[] {
  const out: Write[] = [];
  const lineOf = (index: number) => source.slice(0, index).split("\n").length;
  for (const m of source.matchAll(callRe)) out.push({ file, line: lineOf(m.index), model: byProperty[m[1]!]!, text: m[0] });
  for (const m of source.matchAll(sqlRe)) out.push({ file, line: lineOf(m.index), model: byTable[m[2]!.toLowerCase()]!, text: m[0] });
  return out;
}

function allWrites(): Write[] {
  return sourceFiles(SRC).flatMap((full) => findWrites(path.relative(ROOT, full).split(path.sep).join("/"), readFileSync(full, "utf8")));
}

describe("one owner per table", () => {
  it("the scanner sees Prisma writes in any form, and raw SQL writes", () => {
    const sample = [
      "await db.vestiging.update({ where: { id } });",
      "await tx . contribution\n  .deleteMany({})",
      "db.membership.upsert({",
      "db.vestiging.findMany({ where: {} })", // a read: not a write
      'await db.$executeRawUnsafe(`UPDATE "Milestone" SET celebrated = true`)',
      'sql`INSERT INTO "StepChange" (id) VALUES (1)`',
      'sql`delete from "SupportOffer"`',
    ].join("\n");
    expect(findWrites("x.ts", sample).map((v) => `${v.model}@${v.line}`)).toEqual([
      "Vestiging@1",
      "Contribution@2",
      "Membership@4",
      "Milestone@6",
      "StepChange@7",
      "SupportOffer@8",
    ]);
  });

  it("every model of the schema has an owner", () => {
    const dir = path.join(ROOT, "prisma/schema");
    const models = readdirSync(dir)
      .filter((f) => f.endsWith(".prisma"))
      .flatMap((f) => [...readFileSync(path.join(dir, f), "utf8").matchAll(/^model\s+(\w+)/gm)].map((m) => m[1]!));
    expect(models.length).toBeGreaterThan(40);
    expect(models.filter((m) => !OWNERS[m])).toEqual([]);
  });

  it("no table is written outside its owner", () => {
    const outside = allWrites().filter((w) => !w.file.startsWith(OWNERS[w.model]!) && !EXCEPTIONS[w.file]?.[w.model]);
    expect(outside.map((w) => `${w.file}:${w.line} ${w.text} (owner: ${OWNERS[w.model]})`)).toEqual([]);
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
