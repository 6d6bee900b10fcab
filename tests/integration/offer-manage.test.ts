/** Support offer: real PostgreSQL (RLS), real pg-boss and real SMTP for the confirmation reminders. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { enqueueJob, startJobs, stopJobs } from "@/lib/jobs";
import { JOBS } from "@/server/jobs";
import { confirmOfferByToken, createOffer, listOffers, listPublicOffers, updateOffer } from "@/modules/offer/server/offers";
import { confirmRemindersJob } from "@/modules/offer/jobs/send-confirm-reminders";
import { signConfirmToken } from "@/modules/offer/token";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

let capture: CaptureServer;
let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let regB: TenantContext;
const MONTH = 31 * 86_400_000;

const valid = (over: Record<string, unknown> = {}) => ({
  title: "Samen eten",
  provider: "Welzijn Aadorp",
  providerEmail: "info@welzijn-aadorp.test",
  targetGroups: ["OUDEREN_75"],
  degrees: ["LICHT", "MATIG"],
  wijk: "Centrum",
  howToJoin: "Bel 0115 123 456 of loop binnen op dinsdag.",
  cost: "€ 5 per maaltijd",
  ...over,
});

beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}`;
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  await ownerDb().gemeente.update({ where: { id: a.id }, data: { settings: { offerConfirmMonths: 6 } } });
  regA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
  regB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "coalition:manage");
});
afterAll(async () => {
  await stopJobs();
  await capture?.stop();
  await closeOwnerDb();
});

describe("support offer", () => {
  it("the regisseur adds an entry; the public page shows it without the provider's e-mail", async () => {
    const offer = await createOffer(regA, valid());
    expect(offer).toMatchObject({ title: "Samen eten", stale: false, wijk: "Centrum" });
    const pub = await listPublicOffers(await publicTenant(a.slug));
    expect(pub.map((o) => o.title)).toEqual(["Samen eten"]);
    expect(JSON.stringify(pub)).not.toContain("info@welzijn-aadorp.test");
  });

  it("bad input gets Dutch field errors and changes nothing", async () => {
    const before = (await ownerQuery(`SELECT count(*)::int AS n FROM "SupportOffer"`)).rows[0].n;
    const err = await createOffer(regA, valid({ title: "", targetGroups: [], degrees: ["HEEL_ERG"], providerEmail: "geen-mail" })).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("VALIDATION");
    expect(Object.keys(err.fieldErrors)).toEqual(expect.arrayContaining(["title", "targetGroups", "degrees", "providerEmail"]));
    expect(err.fieldErrors.targetGroups[0]).toBe("Kies minstens één doelgroep.");
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "SupportOffer"`)).rows[0].n).toBe(before);
  });

  it("only the regisseur may change the offer; ondernemers cannot read the staff list", async () => {
    const amb = await requireTenant(await actorWithRole(a, "AMBTENAAR"), { slug: a.slug }, "dashboard:read");
    await expect(createOffer(amb, valid({ title: "Stiekem" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requireTenant(await actorWithRole(a, "ONDERNEMER"), { slug: a.slug }, "dashboard:read")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("flags entries not confirmed within the interval and hides them from the public page", async () => {
    const old = await createOffer(regA, valid({ title: "Oude koffieochtend", targetGroups: ["MANTELZORGERS"] }));
    await ownerQuery(`UPDATE "SupportOffer" SET "confirmedAt" = now() - interval '7 months' WHERE id = $1`, [old.id]);
    const staff = await listOffers(regA);
    expect(staff.find((o) => o.id === old.id)?.stale).toBe(true);
    const pub = await listPublicOffers(await publicTenant(a.slug));
    expect(pub.map((o) => o.title)).not.toContain("Oude koffieochtend");
  });

  it("the reminder job mails the provider a signed link (pg-boss + SMTP); the link confirms the entry", async () => {
    expect(JOBS.map((j) => j.name)).toContain("offer.confirm-reminders");
    const due = await createOffer(regA, valid({ title: "Wandelclub", providerEmail: "wandel@example.test" }));
    await ownerQuery(`UPDATE "SupportOffer" SET "confirmedAt" = now() - interval '5 months 10 days' WHERE id = $1`, [due.id]);
    const fresh = await createOffer(regA, valid({ title: "Nieuw aanbod", providerEmail: "nieuw@example.test" }));
    await startJobs([confirmRemindersJob], { pollingIntervalSeconds: 0.5 });
    await enqueueJob(confirmRemindersJob, { gemeenteId: a.id });
    const mail = await capture.waitFor((m) => m.to.includes("wandel@example.test"), 20_000);
    expect(mail.subject).toBe('Klopt uw activiteit "Wandelclub" nog? (Aadorp)');
    const link = mail.text.match(/https?:\/\/\S+bevestigen\?token=(\S+)/);
    expect(link).not.toBeNull();
    await new Promise((r) => setTimeout(r, 1000));
    expect(capture.messages.some((m) => m.to.includes("nieuw@example.test"))).toBe(false);
    expect(fresh.stale).toBe(false);

    const before = (await ownerQuery(`SELECT "confirmedAt", "lastReminderAt" FROM "SupportOffer" WHERE id = $1`, [due.id])).rows[0];
    expect(before.lastReminderAt).not.toBeNull();
    const result = await confirmOfferByToken(decodeURIComponent(link![1]));
    expect(result).toEqual({ title: "Wandelclub", gemeenteName: "Aadorp" });
    const after = (await ownerQuery(`SELECT "confirmedAt" FROM "SupportOffer" WHERE id = $1`, [due.id])).rows[0];
    expect(after.confirmedAt.getTime()).toBeGreaterThan(before.confirmedAt.getTime() + 5 * MONTH - MONTH);
  });

  it("a tampered or expired token changes nothing", async () => {
    const o = await createOffer(regA, valid({ title: "Rouwgroep" }));
    await ownerQuery(`UPDATE "SupportOffer" SET "confirmedAt" = '2020-01-01' WHERE id = $1`, [o.id]);
    const good = signConfirmToken(o.id, a.id);
    await expect(confirmOfferByToken(good.slice(0, -3) + "abc")).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    await expect(confirmOfferByToken(signConfirmToken(o.id, a.id, new Date(Date.now() - 40 * 86_400_000)))).rejects.toMatchObject({
      code: "INVALID_TOKEN",
    });
    // a validly signed token naming the wrong gemeente finds nothing
    await expect(confirmOfferByToken(signConfirmToken(o.id, b.id))).rejects.toMatchObject({ code: "INVALID_TOKEN" });
    const row = (await ownerQuery(`SELECT "confirmedAt" FROM "SupportOffer" WHERE id = $1`, [o.id])).rows[0];
    expect(row.confirmedAt.toISOString()).toBe("2020-01-01T00:00:00.000Z");
  });
});

describe("support offer across gemeenten", () => {
  it("A's regisseur cannot read or update B's entry (NOT_FOUND, B unchanged)", async () => {
    const offerB = await createOffer(regB, valid({ title: "Beekstad eet samen", provider: "Welzijn Beekstad" }));
    expect((await listOffers(regA)).map((o) => o.id)).not.toContain(offerB.id);
    await expect(updateOffer(regA, offerB.id, valid({ title: "Gekaapt" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = (await ownerQuery(`SELECT title, "gemeenteId" FROM "SupportOffer" WHERE id = $1`, [offerB.id])).rows[0];
    expect(row).toEqual({ title: "Beekstad eet samen", gemeenteId: b.id });
    expect((await listPublicOffers(await publicTenant(a.slug))).map((o) => o.title)).not.toContain("Beekstad eet samen");
  });
});
