/**
 * Event invitations, editing and cancelling: real PostgreSQL (RLS, app role), real pg-boss and real
 * SMTP (local capture server). Invitations go out exactly once per recipient; paused or stopped
 * entrepreneurs are never invited; registrants of a cancelled event get a mail.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { publicTenant, type TenantContext } from "@/lib/auth/context";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { startJobs, stopJobs } from "@/lib/jobs";
import { JOBS } from "@/server/jobs";
import {
  cancelEvent,
  createEvent,
  getEvent,
  listEvents,
  listPublicEvents,
  registerForEvent,
  updateEvent,
} from "@/modules/events/server/events";
import { inviteToEvent, listInvitations } from "@/modules/events/server/invitations";
import { sendInvitations } from "@/modules/events/jobs/send-invitations";
import { notifyCancelled } from "@/modules/events/jobs/notify-cancelled";
import { parkRelation } from "@/modules/engagement/server/pipeline";
import { closeOwnerDb, createGemeente, createUser, ownerDb, ctxFor } from "../support/factories";
import { ownerQuery } from "../support/owner";

let capture: CaptureServer;
let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let regB: TenantContext;
const tag = randomUUID().slice(0, 6);
const mailTo = (addr: string) => capture.messages.filter((m) => m.to.includes(addr));
const inDays = (d: number, h = 0) => new Date(Date.now() + d * 86_400_000 + h * 3_600_000).toISOString();
const meeting = (over: Record<string, unknown> = {}) => ({
  kind: "INSPIRATIESESSIE",
  title: "Inspiratiesessie ondernemers",
  location: "Raadhuis, Markt 1",
  startsAt: inDays(14),
  endsAt: inDays(14, 3),
  capacity: 30,
  public: true,
  description: "Koffie en ervaringen delen.",
  ...over,
});
const sentCount = async (eventId: string) =>
  (await ownerQuery(`SELECT count(*)::int AS n FROM "EventInvitation" WHERE "eventId" = $1 AND "sentAt" IS NOT NULL`, [eventId])).rows[0]
    .n as number;

/** A partner in a circle with one PARTNER member who has this e-mail address. */
async function partnerMember(g: typeof a, circle: "KERNTEAM" | "LOKALE_COALITIE", email: string) {
  const partner = await ownerDb().coalitionPartner.create({
    data: { gemeenteId: g.id, name: `Partner ${email}`, kind: "WELZIJN", circle },
  });
  const user = await createUser({ email, name: `Lid ${email.split("@")[0]}` });
  await ownerDb().membership.create({ data: { gemeenteId: g.id, userId: user.id, role: "PARTNER", coalitionPartnerId: partner.id } });
  return user;
}
/** A vestiging with a contact person who has this e-mail address. */
async function entrepreneur(
  g: typeof a,
  email: string,
  over: { step?: "VERBINDEN" | "VASTHOUDEN"; coalitionCircle?: "KERNTEAM"; parkedAt?: Date; stoppedAt?: Date } = {},
) {
  const org = await ownerDb().organisation.create({ data: { name: `Org ${email}` } });
  const v = await ownerDb().vestiging.create({
    data: {
      gemeenteId: g.id,
      organisationId: org.id,
      name: `Zaak ${email.split("@")[0]}`,
      sector: "Detailhandel",
      step: over.step ?? "VERBINDEN",
      acknowledgedAt: over.step === "VASTHOUDEN" ? new Date("2026-01-05T00:00:00Z") : null,
      coalitionCircle: over.coalitionCircle ?? null,
      parkedAt: over.parkedAt ?? null,
      stoppedAt: over.stoppedAt ?? null,
    },
  });
  await ownerDb().contactPerson.create({ data: { gemeenteId: g.id, vestigingId: v.id, name: `Contact ${email.split("@")[0]}`, email } });
  return v;
}

beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}`;
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  regA = await ctxFor(a, "REGISSEUR", "coalition:manage");
  regB = await ctxFor(b, "REGISSEUR", "coalition:manage");
});
afterAll(async () => {
  await stopJobs();
  await capture?.stop();
  await closeOwnerDb();
});

describe("invitations by e-mail", () => {
  it("records recipients per group and sends exactly once per recipient over SMTP; paused and stopped entrepreneurs are never invited", async () => {
    const kern = `kern-${tag}@example.test`,
      lokaal = `lokaal-${tag}@example.test`,
      bakker = `bakker-${tag}@example.test`;
    const geparkeerd = `geparkeerd-${tag}@example.test`,
      gestopt = `gestopt-${tag}@example.test`,
      vasthouden = `vasthouden-${tag}@example.test`;
    await partnerMember(a, "KERNTEAM", kern);
    await partnerMember(a, "LOKALE_COALITIE", lokaal);
    await entrepreneur(a, bakker, { step: "VERBINDEN" });
    await entrepreneur(a, geparkeerd, { step: "VERBINDEN", parkedAt: new Date() });
    await entrepreneur(a, gestopt, { step: "VERBINDEN", stoppedAt: new Date() });
    await entrepreneur(a, vasthouden, { step: "VASTHOUDEN" });
    const e = await createEvent(regA, meeting());

    const first = await inviteToEvent(regA, e.id, { partnerCircles: ["KERNTEAM"], entrepreneurSteps: ["VERBINDEN"] });
    expect(first).toEqual({ invited: 2, alreadyInvited: 0 });
    // A second press (and a wider choice) adds only the new people.
    expect(await inviteToEvent(regA, e.id, { partnerCircles: ["KERNTEAM"], entrepreneurSteps: ["VERBINDEN"] })).toEqual({
      invited: 0,
      alreadyInvited: 2,
    });
    expect(await inviteToEvent(regA, e.id, { partnerCircles: ["KERNTEAM", "LOKALE_COALITIE"], entrepreneurSteps: ["VERBINDEN"] })).toEqual({
      invited: 1,
      alreadyInvited: 2,
    });
    expect((await listInvitations(regA, e.id)).map((i) => i.email).sort()).toEqual([bakker, kern, lokaal].sort());

    await startJobs(JOBS, { pollingIntervalSeconds: 0.5 });
    const m = await capture.waitFor((x) => x.to.includes(bakker), 15_000);
    await capture.waitFor((x) => x.to.includes(kern), 15_000);
    await capture.waitFor((x) => x.to.includes(lokaal), 15_000);
    expect(m.subject).toBe("Uitnodiging: Inspiratiesessie ondernemers (Aadorp)");
    expect(m.text).toContain("Raadhuis, Markt 1");
    expect(m.text).toContain(`/g/${a.slug}/uitnodiging/`);
    expect(m.text).toContain(`nodigt je uit voor een inspiratiesessie: "Inspiratiesessie ondernemers".`);

    // Running the job again (a retry, a second worker) sends nothing more.
    expect(await sendInvitations({ gemeenteId: a.id, eventId: e.id })).toEqual({ sent: 0, skipped: 0 });
    await new Promise((r) => setTimeout(r, 1500));
    for (const addr of [bakker, kern, lokaal]) expect(mailTo(addr)).toHaveLength(1);
    for (const addr of [geparkeerd, gestopt, vasthouden]) expect(mailTo(addr)).toHaveLength(0);
    expect(await sentCount(e.id)).toBe(3);
  });

  it("an entrepreneur paused after the invitation was recorded gets no mail", async () => {
    await stopJobs(); // record first, send later
    const late = `laat-${tag}@example.test`;
    const v = await entrepreneur(a, late, { step: "VASTHOUDEN", coalitionCircle: "KERNTEAM" });
    const e = await createEvent(regA, meeting({ title: "Werksessie kernteam", kind: "WERKSESSIE" }));
    expect((await inviteToEvent(regA, e.id, { entrepreneurCircles: ["KERNTEAM"] })).invited).toBe(1);
    await parkRelation(await ctxFor(a, "REGISSEUR", "engagement:manage"), v.id, { reason: "Geen tijd dit jaar" });
    expect(await sendInvitations({ gemeenteId: a.id, eventId: e.id })).toEqual({ sent: 0, skipped: 1 });
    expect(mailTo(late)).toHaveLength(0);
    expect(await sentCount(e.id)).toBe(0);
  });

  it("no groups, nobody in the groups, a cancelled event: a clear Dutch message and nothing recorded", async () => {
    const e = await createEvent(regA, meeting({ title: "Leeg" }));
    const err = await inviteToEvent(regA, e.id, {}).catch((x) => x);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.partnerCircles).toEqual(["Kies minstens één groep om uit te nodigen."]);
    await expect(inviteToEvent(regA, e.id, { partnerCircles: ["WERKGROEP"] })).rejects.toMatchObject({ code: "NO_RECIPIENTS" });
    await expect(inviteToEvent(regA, e.id, { partnerCircles: ["BESTUUR"] })).rejects.toMatchObject({ code: "VALIDATION" });
    await cancelEvent(regA, e.id);
    await expect(inviteToEvent(regA, e.id, { partnerCircles: ["KERNTEAM"] })).rejects.toMatchObject({ code: "EVENT_CANCELLED" });
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "EventInvitation" WHERE "eventId" = $1`, [e.id])).rows[0].n).toBe(0);
  });

  it("only the regisseur invites; another gemeente's regisseur cannot invite to or read A's event", async () => {
    const e = await createEvent(regA, meeting({ title: "Alleen Aadorp" }));
    for (const role of ["AMBTENAAR", "ONDERNEMER", "PARTNER"] as const) {
      await expect(inviteToEvent(await ctxFor(a, role), e.id, { partnerCircles: ["KERNTEAM"] })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await partnerMember(b, "KERNTEAM", `b-kern-${tag}@example.test`);
    await expect(inviteToEvent(regB, e.id, { partnerCircles: ["KERNTEAM"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listInvitations(regB, e.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // B's invitation to its own event never reaches A's people.
    const eB = await createEvent(regB, meeting({ title: "Beekstad sessie" }));
    expect(await inviteToEvent(regB, eB.id, { partnerCircles: ["KERNTEAM"] })).toEqual({ invited: 1, alreadyInvited: 0 });
    expect((await listInvitations(regB, eB.id)).map((i) => i.email)).toEqual([`b-kern-${tag}@example.test`]);
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "EventInvitation" WHERE "eventId" = $1`, [e.id])).rows[0].n).toBe(0);
  });
});

describe("editing and cancelling events", () => {
  it("the regisseur edits with the same rules as creating; capacity never drops below the registrations", async () => {
    const e = await createEvent(regA, meeting({ title: "Netwerkbijeenkomst", kind: "NETWERKBIJEENKOMST", capacity: 5 }));
    await registerForEvent(await ctxFor(a, "ONDERNEMER"), e.id);
    await registerForEvent(await ctxFor(a, "PARTNER"), e.id);
    const u = await updateEvent(
      regA,
      e.id,
      meeting({ title: "Netwerkbijeenkomst voorjaar", kind: "NETWERKBIJEENKOMST", capacity: 2, location: "Bibliotheek" }),
    );
    expect(u).toMatchObject({ title: "Netwerkbijeenkomst voorjaar", capacity: 2, location: "Bibliotheek", registrations: 2 });
    const low = await updateEvent(regA, e.id, meeting({ capacity: 1 })).catch((x) => x);
    expect(low.fieldErrors.capacity).toEqual(["Er zijn al 2 aanmeldingen. Kies minstens 2 plekken, of laat het veld leeg."]);
    const bad = await updateEvent(regA, e.id, meeting({ startsAt: inDays(3, 2), endsAt: inDays(3) })).catch((x) => x);
    expect(bad.fieldErrors.endsAt).toEqual(["De eindtijd moet na de begintijd liggen."]);
    expect(await getEvent(regA, e.id)).toMatchObject({ title: "Netwerkbijeenkomst voorjaar", capacity: 2 });
    await expect(updateEvent(await ctxFor(a, "AMBTENAAR"), e.id, meeting())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateEvent(regB, e.id, meeting({ title: "Gekaapt" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await ownerQuery(`SELECT title FROM "Event" WHERE id = $1`, [e.id])).rows[0].title).toBe("Netwerkbijeenkomst voorjaar");
  });

  it("cancelling: registrants get a mail, the event leaves the public feed, takes no registrations and cannot be edited", async () => {
    await startJobs(JOBS, { pollingIntervalSeconds: 0.5 });
    const e = await createEvent(regA, meeting({ title: `Training signaleren ${tag}`, kind: "TRAINING_SIGNALEREN" }));
    const ond = await ctxFor(a, "ONDERNEMER");
    await registerForEvent(ond, e.id);
    const email = (await ownerQuery(`SELECT email FROM "User" WHERE id = $1`, [ond.userId])).rows[0].email as string;
    await expect(cancelEvent(await ctxFor(a, "AMBTENAAR"), e.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(cancelEvent(regB, e.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await cancelEvent(regA, e.id, { reason: "De trainer is ziek." })).toMatchObject({ notified: 1 });
    const m = await capture.waitFor((x) => x.to.includes(email) && /Gaat niet door/.test(x.subject), 15_000);
    expect(m.subject).toBe(`Gaat niet door: Training signaleren ${tag} (Aadorp)`);
    expect(m.text).toContain("De trainer is ziek.");
    await expect(cancelEvent(regA, e.id)).rejects.toMatchObject({ code: "EVENT_ALREADY_CANCELLED" });
    await expect(registerForEvent(await ctxFor(a, "PARTNER"), e.id)).rejects.toMatchObject({ code: "EVENT_CANCELLED" });
    await expect(updateEvent(regA, e.id, meeting())).rejects.toMatchObject({ code: "EVENT_CANCELLED" });
    expect((await listPublicEvents(await publicTenant(a.slug))).map((x) => x.id)).not.toContain(e.id);
    expect((await listEvents(ond)).find((x) => x.id === e.id)).toMatchObject({ cancelled: true });
    // A retry of the notice job (as pg-boss does after a failure half-way) queues nobody's mail again.
    expect(await notifyCancelled({ gemeenteId: a.id, eventId: e.id, reason: "De trainer is ziek." })).toEqual({ queued: 0 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(capture.messages.filter((x) => x.to.includes(email) && /Gaat niet door/.test(x.subject))).toHaveLength(1);
  });
});
