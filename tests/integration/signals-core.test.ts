/** Signaalpunt: real PostgreSQL (RLS, app role), real pg-boss and real SMTP. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { AppError } from "@/lib/result";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { startJobs, stopJobs } from "@/lib/jobs";
import { JOBS } from "@/server/jobs";
import { verifySignalAudit } from "@/lib/audit/verify";
import { createSignal } from "@/modules/signals/server/create-signal";
import { getOwnSignalStatus, getSignal, listSignals, signalCounts, statusByCode } from "@/modules/signals/server/read-signals";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

let capture: CaptureServer;
let a: Awaited<ReturnType<typeof createGemeente>>;
let reg: TenantContext,
  loket: TenantContext,
  eenz: TenantContext,
  eenz2: TenantContext,
  welz: TenantContext,
  onder: TenantContext,
  partner: TenantContext;
let eenzUserId: string;

const NAME = "Geertruida Plaintextsma";
const SITUATION = "De rolluiken blijven al dagen dicht en ze komt niet meer naar de bakker.";

async function ctx(g: typeof a, role: Parameters<typeof actorWithRole>[1], perm: Parameters<typeof requireTenant>[2]) {
  const actor = await actorWithRole(g, role);
  return { ctx: await requireTenant(actor, { slug: g.slug }, perm), userId: actor.userId };
}

beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}`;
  a = await createGemeente({ name: "Aadorp" });
  reg = (await ctx(a, "REGISSEUR", "signals:work")).ctx;
  loket = (await ctx(a, "LOKET", "signals:work")).ctx;
  const e = await ctx(a, "TEAM_EENZAAMHEID", "signals:work");
  eenz = e.ctx;
  eenzUserId = e.userId;
  eenz2 = (await ctx(a, "TEAM_EENZAAMHEID", "signals:work")).ctx;
  welz = (await ctx(a, "TEAM_WELZIJN", "signals:work")).ctx;
  onder = (await ctx(a, "ONDERNEMER", "signals:create")).ctx;
  partner = (await ctx(a, "PARTNER", "signals:create")).ctx;
  await startJobs(JOBS, { pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await stopJobs();
  await capture?.stop();
  await closeOwnerDb();
});

describe("signal intake and follow-up", () => {
  it("the whole flow; the reporter gets two status mails and one question, without any detail about the person", async () => {
    const pub = await publicTenant(a.slug);
    const s = await createSignal(
      pub,
      { residentName: NAME, residentContact: "06-12345678", wijk: "Noord", situation: SITUATION, reporterEmail: "melder@example.test" },
      "PUBLIEK_FORMULIER",
    );
    expect((await statusByCode(a.slug, s.statusCode)).status).toBe("ONTVANGEN");

    const step = (c: TenantContext, to: string, extra: Record<string, unknown> = {}) =>
      transitionSignal(c, s.id, { to, reason: "volgende stap", ...extra });
    await expect(step(loket, "BEOORDEELD")).rejects.toMatchObject({ code: "VALIDATION" }); // the loket cannot assess
    await step(reg, "BEOORDEELD");
    await step(loket, "EERSTE_INTAKE");
    expect((await statusByCode(a.slug, s.statusCode)).status).toBe("OPGEPAKT");
    await step(loket, "TEAM_EENZAAMHEID", { assigneeUserId: eenzUserId });
    // Another member of the same team does not see it; the assigned one does.
    await expect(getSignal(eenz2, s.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const seen = await getSignal(eenz, s.id);
    expect(seen.personal?.residentName).toBe(NAME);
    await expect(step(eenz, "DOORVERWEZEN")).rejects.toMatchObject({ code: "VALIDATION" });
    await step(eenz, "DOORVERWEZEN", { referralTo: "Humanitas" });
    await expect(step(eenz, "AFGESLOTEN")).rejects.toMatchObject({ code: "VALIDATION" });
    await step(eenz, "AFGESLOTEN", { outcome: "DEELGENOMEN" });
    expect((await statusByCode(a.slug, s.statusCode)).status).toBe("AFGESLOTEN");

    const detail = await getSignal(reg, s.id);
    expect(detail.transitions.map((t) => t.toStatus)).toEqual([
      "ONTVANGEN",
      "BEOORDEELD",
      "EERSTE_INTAKE",
      "TEAM_EENZAAMHEID",
      "DOORVERWEZEN",
      "AFGESLOTEN",
    ]);
    expect(detail.transitions.every((t) => t.createdAt instanceof Date)).toBe(true);
    expect(detail.transitions[1]!.reason).toBe("volgende stap");

    await capture.waitFor((m) => m.to.includes("melder@example.test") && /afgerond/.test(m.subject));
    await new Promise((r) => setTimeout(r, 1500));
    const mails = capture.messages.filter((m) => m.to.includes("melder@example.test"));
    expect(mails.map((m) => m.subject).sort()).toEqual([
      "Heeft het geholpen? Eén vraag over uw zorg",
      "Uw zorg is afgerond",
      "Uw zorg is opgepakt",
    ]);
    // Each mail names the gemeente (no anonymous "signaalpunt"); the status mails say the day it was passed on.
    const filedOn = new Intl.DateTimeFormat("nl-NL", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "Europe/Amsterdam",
    }).format(new Date());
    for (const m of mails) {
      expect(m.text).toContain(`Gemeente ${a.name}`);
      expect(m.text).not.toMatch(/signaalpunt/i);
      if (m.subject.startsWith("Uw zorg"))
        expect(m.text).toContain(`Op ${filedOn} gaf u een zorg over iemand door aan de gemeente ${a.name}.`);
      expect(m.text).not.toContain("Plaintextsma");
      expect(m.text).not.toContain("Humanitas");
      expect(m.text).not.toContain("rolluiken");
    }
    // The assigned team member got an assignment mail.
    expect(capture.messages.some((m) => /toegewezen/.test(m.subject))).toBe(true);
  });

  it("bad input gets Dutch field errors and stores nothing", async () => {
    const before = (await ownerQuery(`SELECT count(*)::int AS n FROM "Signal"`)).rows[0].n;
    const err = await createSignal(
      await publicTenant(a.slug),
      { situation: "kort", reporterEmail: "geen-mail" },
      "PUBLIEK_FORMULIER",
    ).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe("VALIDATION");
    expect(Object.keys(err.fieldErrors)).toEqual(expect.arrayContaining(["situation", "reporterEmail", "residentName"]));
    const tooLong = await createSignal(
      await publicTenant(a.slug),
      { wijk: "Noord", situation: "x".repeat(4001) },
      "PUBLIEK_FORMULIER",
    ).catch((e) => e);
    expect(tooLong.code).toBe("VALIDATION");
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "Signal"`)).rows[0].n).toBe(before);
  });

  it("sources are bound to roles: the public cannot pose as a partner, an ondernemer cannot do phone intake", async () => {
    const input = { wijk: "Zuid", situation: "Meneer lijkt erg alleen de laatste tijd." };
    await expect(createSignal(await publicTenant(a.slug), input, "PARTNER")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createSignal(onder, input, "LOKET_TELEFOON")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createSignal(loket, input, "LOKET_TELEFOON")).resolves.toMatchObject({ status: "ONTVANGEN" });
  });

  it("ondernemers and partners see only their own signal's status, never personal fields", async () => {
    const s = await createSignal(onder, { residentName: NAME, situation: SITUATION }, "ONDERNEMER");
    const own = await getOwnSignalStatus(onder, s.id);
    expect(own).toEqual({ id: s.id, status: "ONTVANGEN", createdAt: expect.any(Date) });
    expect(JSON.stringify(own)).not.toContain("Plaintextsma");
    await expect(getOwnSignalStatus(partner, s.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSignal(onder, s.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listSignals(partner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Team welzijn does not see a fresh signal at all.
    await expect(getSignal(welz, s.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The work queue never carries personal fields.
    const queue = await listSignals(reg, { take: 200 });
    expect(queue.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(queue)).not.toContain("Plaintextsma");
    expect(JSON.stringify(queue)).not.toContain("rolluiken");
  });

  it("encrypted at rest: a raw dump has no plaintext; a ciphertext moved to another row does not decrypt", async () => {
    const pub = await publicTenant(a.slug);
    const s1 = await createSignal(pub, { residentName: NAME, situation: SITUATION }, "PUBLIEK_FORMULIER");
    const s2 = await createSignal(
      pub,
      { residentName: "Iemand Anders", situation: "Een ander verhaal over eenzaamheid." },
      "PUBLIEK_FORMULIER",
    );
    const dump =
      JSON.stringify((await ownerQuery(`SELECT * FROM "Signal"`)).rows) +
      JSON.stringify((await ownerQuery(`SELECT * FROM "SignalTransition"`)).rows);
    expect(dump).not.toContain("Plaintextsma");
    expect(dump).not.toContain("rolluiken");
    expect(dump).not.toContain("volgende stap");
    await ownerQuery(`UPDATE "Signal" SET "residentNameEnc" = (SELECT "residentNameEnc" FROM "Signal" WHERE id = $1) WHERE id = $2`, [
      s1.id,
      s2.id,
    ]);
    const err = await getSignal(reg, s2.id).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String(err.message)).not.toContain("Plaintextsma");
  });

  it("overdue view: signals past their step's deadline", async () => {
    const s = await createSignal(
      await publicTenant(a.slug),
      { wijk: "Oost", situation: "Mevrouw neemt de telefoon niet meer op." },
      "PUBLIEK_FORMULIER",
    );
    expect((await listSignals(reg, { overdue: true })).items.map((i) => i.id)).not.toContain(s.id);
    await ownerQuery(`UPDATE "Signal" SET "dueAt" = now() - interval '1 hour' WHERE id = $1`, [s.id]);
    const overdue = await listSignals(reg, { overdue: true });
    expect(overdue.items.find((i) => i.id === s.id)?.overdue).toBe(true);
  });

  it("counts per source and wijk for the regisseur only", async () => {
    const counts = await signalCounts(await requireTenant(reg.actor, { slug: a.slug }, "signals:assess"));
    expect(counts.bySource.find((r) => r.source === "PUBLIEK_FORMULIER")!.count).toBeGreaterThan(0);
    expect(counts.byWijk.find((r) => r.wijk === "Noord")!.count).toBeGreaterThan(0);
    await expect(signalCounts(loket)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("hash-chained audit log", () => {
  it("records reads of personal fields and changes, without personal data", async () => {
    const rows = (await ownerQuery(`SELECT action, detail::text AS detail FROM "SignalAuditEntry" WHERE "gemeenteId" = $1`, [a.id])).rows;
    const actions = new Set(rows.map((r) => r.action));
    for (const x of ["signal.create", "signal.transition", "signal.read-personal", "signal.reporter-mail"]) expect(actions).toContain(x);
    const all = JSON.stringify(rows);
    expect(all).not.toContain("Plaintextsma");
    expect(all).not.toContain("melder@example.test");
  });

  it("the app role cannot update or delete it", async () => {
    await expect(
      ownerQuery(
        `BEGIN; SET LOCAL ROLE samenkracht_app; SELECT set_config('app.gemeente_id', '${a.id}', true); UPDATE "SignalAuditEntry" SET action = 'x'; COMMIT;`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      ownerQuery(
        `BEGIN; SET LOCAL ROLE samenkracht_app; SELECT set_config('app.gemeente_id', '${a.id}', true); DELETE FROM "SignalAuditEntry"; COMMIT;`,
      ),
    ).rejects.toThrow(/permission denied/);
  });

  it("verify passes on an intact chain and reports a row changed by the owner", async () => {
    expect((await verifySignalAudit()).problems).toEqual([]);
    await ownerQuery(`UPDATE "SignalAuditEntry" SET detail = '{"source":"LOKET_TELEFOON"}' WHERE "gemeenteId" = $1 AND seq = 1`, [a.id]);
    const { problems } = await verifySignalAudit();
    expect(problems).toContainEqual({ gemeenteId: a.id, seq: 1, problem: "hash-mismatch" });
  });
});
