/** Overdue digest: one mail per responsible person, counts only, over real SMTP. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant } from "@/lib/auth/context";
import { startJobs, stopJobs } from "@/lib/jobs";
import { assignmentMailJob } from "@/modules/signals/jobs/assignment-mail";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { getMailPreference, setMailPreference } from "@/modules/signals/server/settings";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { createSignal } from "@/modules/signals/server/create-signal";
import { sendOverdueDigests } from "@/modules/signals/jobs/overdue-digest";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

let capture: CaptureServer;
beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}`;
});
afterAll(async () => {
  await stopJobs();
  await capture?.stop();
  await closeOwnerDb();
});

describe("overdue digest", () => {
  it("mails the regisseur a count of overdue received signals, without personal data; nothing when none are overdue", async () => {
    const g = await createGemeente();
    const reg = await actorWithRole(g, "REGISSEUR");
    const loket = await actorWithRole(g, "LOKET");
    const regEmail = (await ownerDb().user.findUniqueOrThrow({ where: { id: reg.userId } })).email;
    const loketEmail = (await ownerDb().user.findUniqueOrThrow({ where: { id: loket.userId } })).email;
    const pub = await publicTenant(g.slug);
    const s1 = await createSignal(pub, { residentName: "Digest Persoon", situation: "Het licht brandt al dagen niet meer." }, "PUBLIEK_FORMULIER");
    await createSignal(pub, { wijk: "Oost", situation: "Nog niet te laat, dit signaal." }, "PUBLIEK_FORMULIER");
    expect((await sendOverdueDigests()).mails).toBe(0);
    await ownerQuery(`UPDATE "Signal" SET "dueAt" = now() - interval '1 day' WHERE id = $1`, [s1.id]);
    expect((await sendOverdueDigests()).mails).toBe(1);
    const m = await capture.waitFor((x) => x.to.includes(regEmail!));
    expect(m.subject).toMatch(/1 signaal wacht te lang/);
    expect(m.text).not.toContain("Digest Persoon");
    expect(capture.messages.some((x) => x.to.includes(loketEmail!))).toBe(false);
  });
});

describe("mail choice per person: a mail per assignment, or one daily digest", () => {
  it("the pg-boss jobs honour each member's own choice (and the gemeente's default for those who did not choose)", async () => {
    const g = await createGemeente({ name: "Keuzedorp" });
    const reg = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "signals:assess");
    const loket = await requireTenant(await actorWithRole(g, "LOKET"), { slug: g.slug }, "signals:work");
    const member = async () => requireTenant(await actorWithRole(g, "TEAM_EENZAAMHEID"), { slug: g.slug }, "signals:work");
    const direct = await member();
    const daily = await member();
    const undecided = await member();
    const email = async (userId: string | null) => (await ownerDb().user.findUniqueOrThrow({ where: { id: userId! } })).email;
    const [directMail, dailyMail, undecidedMail] = [await email(direct.userId), await email(daily.userId), await email(undecided.userId)];

    // Each member chooses for themselves; the gemeente's default (dailyDigest) covers the rest.
    expect(await getMailPreference(direct)).toEqual({ mode: "DIRECT", chosen: false });
    await setMailPreference(direct, { mode: "DIRECT" });
    await setMailPreference(daily, { mode: "DAGELIJKS" });
    await ownerQuery(`UPDATE "Gemeente" SET settings = '{"signals":{"dailyDigest":true}}' WHERE id = $1`, [g.id]);
    expect(await getMailPreference(undecided)).toEqual({ mode: "DAGELIJKS", chosen: false });
    expect(await getMailPreference(daily)).toEqual({ mode: "DAGELIJKS", chosen: true });
    await expect(setMailPreference(daily, { mode: "ELK_UUR" })).rejects.toMatchObject({ code: "VALIDATION" });
    const ondernemer = await requireTenant(await actorWithRole(g, "ONDERNEMER"), { slug: g.slug }, "signals:create");
    await expect(setMailPreference(ondernemer, { mode: "DIRECT" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    await startJobs({ definitions: [assignmentMailJob], pollingIntervalSeconds: 0.5 });
    const pub = await publicTenant(g.slug);
    const assign = async (to: string | null) => {
      const s = await createSignal(pub, { wijk: "Midden", situation: "Meneer komt niet meer buiten, de gordijnen blijven dicht." }, "PUBLIEK_FORMULIER");
      await transitionSignal(reg, s.id, { to: "BEOORDEELD", reason: "Bekeken" });
      await transitionSignal(loket, s.id, { to: "EERSTE_INTAKE", reason: "Melder gebeld" });
      await transitionSignal(loket, s.id, { to: "TEAM_EENZAAMHEID", reason: "Onduidelijke vraag", assigneeUserId: to! });
      return s.id;
    };
    const directSignals = [await assign(direct.userId), await assign(direct.userId)];
    await assign(daily.userId);
    await assign(daily.userId);
    await assign(undecided.userId);

    // Direct: one mail per assignment, through the queue.
    await capture.waitFor((m) => m.to.includes(directMail) && /toegewezen/.test(m.subject), 20_000);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const open = (await ownerQuery(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'signals.assigned' AND data->>'gemeenteSlug' = $1 AND state <> 'completed'`, [g.slug])).rows[0].n;
      if (open === 0) break;
      if (Date.now() > deadline) throw new Error("assignment jobs did not finish");
      await new Promise((r) => setTimeout(r, 250));
    }
    const assignedTo = (to: string) => capture.messages.filter((m) => m.to.includes(to) && /toegewezen/.test(m.subject)).length;
    expect(assignedTo(directMail)).toBe(2);
    expect(assignedTo(dailyMail)).toBe(0);
    expect(assignedTo(undecidedMail)).toBe(0);

    // The daily digest: one mail for those who chose it, with their new assignments; nothing for "direct".
    await sendOverdueDigests();
    const digest = capture.messages.filter((m) => m.to.includes(dailyMail));
    expect(digest).toHaveLength(1);
    expect(digest[0].subject).toBe("2 nieuwe signalen voor u (Keuzedorp)");
    expect(digest[0].text).toContain("Nieuw aan u toegewezen: 2 signalen.");
    expect(capture.messages.filter((m) => m.to.includes(undecidedMail)).map((m) => m.subject)).toEqual(["1 nieuw signaal voor u (Keuzedorp)"]);
    expect(capture.messages.filter((m) => m.to.includes(directMail)).map((m) => m.subject)).toEqual(["Er is een signaal aan u toegewezen", "Er is een signaal aan u toegewezen"]);

    // Overdue reaches everyone once a day, whatever they chose.
    await ownerQuery(`UPDATE "Signal" SET "dueAt" = now() - interval '1 hour' WHERE id = $1`, [directSignals[0]]);
    capture.clear();
    await sendOverdueDigests();
    expect(capture.messages.filter((m) => m.to.includes(directMail)).map((m) => m.subject)).toEqual(["1 signaal wacht te lang (Keuzedorp)"]);
    expect(capture.messages.filter((m) => m.to.includes(dailyMail))).toHaveLength(1);
  });
});
