/**
 * Registrations without an account (issue 16 item 5, issue 17 item 4) and closing a meeting with its
 * attendance (issue 16 item 8). Real PostgreSQL (RLS, app role) and real pg-boss rows.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, type TenantContext } from "@/lib/auth/context";
import { closeEvent, createEvent, getEvent, listPublicEvents, listRegistrants, registerForEvent } from "@/modules/events/server/events";
import { inviteToEvent } from "@/modules/events/server/invitations";
import {
  cancelGuestByToken,
  GUEST_LIMIT,
  registerPublicGuest,
  respondToInvitation,
  viewGuestCancel,
  viewInvitation,
} from "@/modules/events/server/guests";
import { signEventToken, verifyEventToken } from "@/modules/events/server/tokens";
import { computeIndicators, indicatorRows } from "@/modules/plan/server/indicators";
import { buildCouncilReport } from "@/modules/plan/server/council-report";
import { resolvePeriod } from "@/modules/plan/server/signal-figures";
import { closeOwnerDb, createGemeente, createUser, ownerDb, ctxFor } from "../support/factories";
import { ownerQuery } from "../support/owner";

let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let pubA: TenantContext;
const tag = randomUUID().slice(0, 6);
const inDays = (d: number, h = 0) => new Date(Date.now() + d * 86_400_000 + h * 3_600_000).toISOString();
const meeting = (over: Record<string, unknown> = {}) => ({
  kind: "NETWERKBIJEENKOMST",
  title: "Open avond",
  location: "Buurthuis",
  startsAt: inDays(7),
  endsAt: inDays(7, 2),
  capacity: 3,
  public: true,
  ...over,
});
let addr = 0;
const address = () => `10.9.${Math.floor(addr / 250)}.${(addr++ % 250) + 1}`;
const guests = async (eventId: string) =>
  (await ownerQuery(`SELECT count(*)::int AS n FROM "EventGuest" WHERE "eventId" = $1`, [eventId])).rows[0].n as number;
const mailsTo = async (to: string) =>
  (await ownerQuery(`SELECT data FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' = $1`, [to])).rows.map(
    (r) => r.data as { subject: string; text: string },
  );

beforeAll(async () => {
  a = await createGemeente({ name: "Aadorp" });
  b = await createGemeente({ name: "Beekstad" });
  regA = await ctxFor(a, "REGISSEUR", "coalition:manage");
  pubA = await publicTenant(a.slug);
});
afterAll(closeOwnerDb);

describe("public registration", () => {
  it("registers with name and e-mail, mails a confirmation with a cancel link that works once", async () => {
    const e = await createEvent(regA, meeting({ title: `Open avond ${tag}` }));
    const email = `Bezoeker-${tag}@Example.test`;
    expect(await registerPublicGuest(pubA, e.id, { name: "Fatima Bakker", email }, address())).toEqual({ registered: true });
    // The same address again changes nothing (and answers the same).
    expect(await registerPublicGuest(pubA, e.id, { name: "Fatima Bakker", email }, address())).toEqual({ registered: true });
    expect(await guests(e.id)).toBe(1);
    const mails = await mailsTo(email.toLowerCase());
    expect(mails.length).toBeGreaterThanOrEqual(1);
    expect(mails[0].subject).toBe(`Aangemeld: Open avond ${tag} (Aadorp)`);
    expect(mails[0].text).toContain("U bent aangemeld voor een netwerkbijeenkomst");
    const link = /\/g\/[^/]+\/aanmelding\/(\S+)/.exec(mails[0].text);
    expect(link).not.toBeNull();
    const token = link![1];
    expect((await listPublicEvents(pubA)).find((x) => x.id === e.id)?.placesLeft).toBe(2);
    expect(await viewGuestCancel(a.id, token)).toMatchObject({ state: "registered", name: "Fatima Bakker" });
    // Bound to its gemeente: the link does nothing under another one.
    await expect(cancelGuestByToken(b.id, token)).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await cancelGuestByToken(a.id, token)).toEqual({ cancelled: true });
    expect(await cancelGuestByToken(a.id, token)).toEqual({ cancelled: false }); // single use
    expect(await viewGuestCancel(a.id, token)).toEqual({ state: "gone" });
    expect(await guests(e.id)).toBe(0);
  });

  it("bad input gets Dutch field errors and writes nothing; private, cancelled or unknown events take none", async () => {
    const e = await createEvent(regA, meeting());
    const err = await registerPublicGuest(pubA, e.id, { name: "  ", email: "geen-adres" }, address()).catch((x) => x);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors.name[0]).toBe("Vul uw naam in.");
    expect(err.fieldErrors.email[0]).toContain("Vul een geldig e-mailadres in");
    expect(await guests(e.id)).toBe(0);
    const priv = await createEvent(regA, meeting({ public: false }));
    await expect(registerPublicGuest(pubA, priv.id, { name: "X", email: `x-${tag}@example.test` }, address())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      registerPublicGuest(await publicTenant(b.slug), e.id, { name: "X", email: `y-${tag}@example.test` }, address()),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await guests(priv.id)).toBe(0);
  });

  it("many people registering at once, with and without an account, never overbook (counted in PostgreSQL)", async () => {
    const e = await createEvent(regA, meeting({ title: "Volle avond", capacity: 5 }));
    const members = await Promise.all(Array.from({ length: 4 }, () => ctxFor(a, "AMBTENAAR")));
    const results = await Promise.allSettled([
      ...Array.from({ length: 12 }, (_, i) =>
        registerPublicGuest(pubA, e.id, { name: `Gast ${i}`, email: `gast-${i}-${tag}@example.test` }, address()),
      ),
      ...members.map((m) => registerForEvent(m, e.id)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.every((r) => r.reason.code === "EVENT_FULL")).toBe(true);
    const members_ = (await ownerQuery(`SELECT count(*)::int AS n FROM "EventRegistration" WHERE "eventId" = $1`, [e.id])).rows[0]
      .n as number;
    expect(members_ + (await guests(e.id))).toBe(5);
    expect((await getEvent(regA, e.id)).registrations).toBe(5);
    expect((await listPublicEvents(pubA)).find((x) => x.id === e.id)?.placesLeft).toBe(0);
  });

  it("throttles per client address", async () => {
    const e = await createEvent(regA, meeting({ capacity: null }));
    const ip = `10.77.${Math.floor(Math.random() * 250)}.9`;
    for (let i = 0; i < GUEST_LIMIT.max; i++)
      await registerPublicGuest(pubA, e.id, { name: `P ${i}`, email: `rl-${i}-${tag}@example.test` }, ip);
    await expect(registerPublicGuest(pubA, e.id, { name: "Nog een", email: `rl-x-${tag}@example.test` }, ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await guests(e.id)).toBe(GUEST_LIMIT.max);
    // Another address is not affected.
    await registerPublicGuest(pubA, e.id, { name: "Ander", email: `rl-y-${tag}@example.test` }, address());
  });
});

describe("personal invitation links", () => {
  it("register and unregister an invitee without an account, within capacity; a member invitee is registered as themselves", async () => {
    const e = await createEvent(regA, meeting({ title: "Kernteam-sessie", capacity: 1 }));
    const partner = await ownerDb().coalitionPartner.create({
      data: { gemeenteId: a.id, name: `Bieb ${tag}`, kind: "CULTUUR", circle: "KERNTEAM" },
    });
    const member = await createUser({ email: `lid-${tag}@example.test`, name: "Lid met account" });
    await ownerDb().membership.create({ data: { gemeenteId: a.id, userId: member.id, role: "PARTNER", coalitionPartnerId: partner.id } });
    const org = await ownerDb().organisation.create({ data: { name: `Bakkerij ${tag}` } });
    const v = await ownerDb().vestiging.create({
      data: { gemeenteId: a.id, organisationId: org.id, name: `Bakkerij ${tag}`, sector: "Detailhandel", step: "VERBINDEN" },
    });
    await ownerDb().contactPerson.create({
      data: { gemeenteId: a.id, vestigingId: v.id, name: "Piet", email: `piet-${tag}@example.test` },
    });
    await inviteToEvent(regA, e.id, { partnerCircles: ["KERNTEAM"], entrepreneurSteps: ["VERBINDEN"] });
    const inv = (await ownerQuery(`SELECT id, email FROM "EventInvitation" WHERE "eventId" = $1`, [e.id])).rows as {
      id: string;
      email: string;
    }[];
    const tokenOf = (email: string) =>
      signEventToken("invite", inv.find((i) => i.email === email)!.id, a.id, new Date(Date.now() + 30 * 86_400_000));
    const piet = tokenOf(`piet-${tag}@example.test`);
    const lid = tokenOf(`lid-${tag}@example.test`);

    expect(await viewInvitation(a.id, piet)).toMatchObject({
      state: "open",
      registered: false,
      full: false,
      name: `Piet (Bakkerij ${tag})`,
    });
    expect(await respondToInvitation(a.id, piet, "ja")).toEqual({ registered: true });
    expect(await respondToInvitation(a.id, piet, "ja")).toEqual({ registered: true }); // idempotent
    expect(await guests(e.id)).toBe(1);
    // Capacity 1: the member cannot take a second place.
    expect(await viewInvitation(a.id, lid)).toMatchObject({ registered: false, full: true });
    await expect(respondToInvitation(a.id, lid, "ja")).rejects.toMatchObject({ code: "EVENT_FULL" });
    expect(await respondToInvitation(a.id, piet, "nee")).toEqual({ registered: false });
    expect(await respondToInvitation(a.id, lid, "ja")).toEqual({ registered: true });
    expect((await ownerQuery(`SELECT "userId" FROM "EventRegistration" WHERE "eventId" = $1`, [e.id])).rows).toEqual([
      { userId: member.id },
    ]);
    expect(await guests(e.id)).toBe(0);
  });

  it("a token is single-purpose, bound to its gemeente, and expires", async () => {
    const id = randomUUID();
    const t = signEventToken("invite", id, a.id, new Date(Date.now() + 60_000));
    expect(verifyEventToken("invite", t)).toEqual({ ok: true, id, gemeenteId: a.id });
    expect(verifyEventToken("cancel", t)).toEqual({ ok: false, reason: "INVALID" });
    expect(
      verifyEventToken(
        "invite",
        t.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
      ),
    ).toEqual({ ok: false, reason: "INVALID" });
    expect(verifyEventToken("invite", t, new Date(Date.now() + 120_000))).toEqual({ ok: false, reason: "EXPIRED" });
    expect(await viewInvitation(b.id, t)).toEqual({ state: "invalid" });
    await expect(respondToInvitation(a.id, "rommel", "ja")).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("closing a meeting with attendance", () => {
  it("counts trained people without an account on the dashboard figures, the CSV rows and the council report", async () => {
    const before = await computeIndicators(regA);
    const t = await createEvent(
      regA,
      meeting({ kind: "TRAINING_SIGNALEREN", title: `Training ${tag}`, capacity: null, startsAt: inDays(-1), endsAt: inDays(-1, 2) }),
    );
    // Registered before it started (written as the owner: the event is in the past now).
    const member = await ctxFor(a, "ONDERNEMER");
    await ownerDb().eventRegistration.create({ data: { gemeenteId: a.id, eventId: t.id, userId: member.userId! } });
    await ownerDb().eventGuest.create({
      data: { gemeenteId: a.id, eventId: t.id, name: "Winkelmedewerker", email: `winkel-${tag}@example.test`, source: "PUBLIEK" },
    });
    await ownerDb().eventGuest.create({
      data: { gemeenteId: a.id, eventId: t.id, name: "Niet gekomen", email: `weg-${tag}@example.test`, source: "PUBLIEK" },
    });
    const regs = await listRegistrants(regA, t.id);
    const key = (name: string) => {
      const r = regs.find((x) => x.name === name)!;
      return `${r.kind === "LID" ? "lid" : "gast"}:${r.registrationId}`;
    };
    const memberName = regs.find((r) => r.kind === "LID")!.name;

    const bad = await closeEvent(regA, t.id, { walkIns: -2, report: "x".repeat(2001) }).catch((x) => x);
    expect(bad.code).toBe("VALIDATION");
    expect(Object.keys(bad.fieldErrors)).toEqual(expect.arrayContaining(["walkIns", "report"]));

    expect(
      await closeEvent(regA, t.id, {
        attended: [key(memberName), key("Winkelmedewerker")],
        walkIns: "4",
        organisations: "Bibliotheek\nKapsalon Knip, Bibliotheek",
        report: "Goede training.",
      }),
    ).toEqual({ attended: 6 });
    const ev = await getEvent(regA, t.id);
    expect(ev).toMatchObject({ walkIns: 4, organisationsPresent: ["Bibliotheek", "Kapsalon Knip"], report: "Goede training." });
    expect(ev.closedAt).not.toBeNull();

    const after = await computeIndicators(regA);
    expect(after.peopleTrained - before.peopleTrained).toBe(6); // 1 member + 1 guest + 4 walk-ins
    expect(after.peopleTrainedWithoutAccount - before.peopleTrainedWithoutAccount).toBe(5);
    const rows = new Map(indicatorRows(after));
    expect(rows.get("Mensen getraind in signaleren")).toBe(after.peopleTrained);
    expect(rows.get("Daarvan getraind zonder account")).toBe(after.peopleTrainedWithoutAccount);
    const report = await buildCouncilReport(regA, resolvePeriod("alles"));
    const text = JSON.stringify(report);
    expect(text).toContain("Daarvan getraind zonder account");

    // Closing again corrects it (not added twice).
    await closeEvent(regA, t.id, { attended: [key(memberName)], walkIns: "0" });
    expect((await computeIndicators(regA)).peopleTrained - before.peopleTrained).toBe(1);
  });

  it("a meeting that has not started cannot be closed; a member without the right cannot close", async () => {
    const e = await createEvent(regA, meeting());
    await expect(closeEvent(regA, e.id, { walkIns: "3" })).rejects.toMatchObject({ code: "EVENT_NOT_STARTED" });
    await expect(closeEvent(await ctxFor(a, "ONDERNEMER"), e.id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getEvent(regA, e.id)).walkIns).toBe(0);
  });
});
