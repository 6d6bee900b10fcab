/** Overdue digest: one mail per responsible person per day, counts only, queued as mail.send (pg-boss) and sent over real SMTP. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant } from "@/lib/auth/context";
import { startJobs, stopJobs } from "@/lib/jobs";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { assignmentMailJob } from "@/modules/signals/jobs/assignment-mail";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { getMailPreference, setMailPreference } from "@/modules/signals/server/settings";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { createSignal } from "@/modules/signals/server/create-signal";
import { sendOverdueDigests } from "@/modules/signals/jobs/overdue-digest";
import { amsterdamDay } from "@/lib/calendar";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { ownerQuery } from "../support/owner";

const DAY = 24 * 3_600_000;

let capture: CaptureServer;
beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}`;
  // The digest only queues mail.send jobs: the worker delivers them (and the assignment mails).
  await startJobs([assignmentMailJob, mailSendJob], { pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await stopJobs();
  await capture?.stop();
  await closeOwnerDb();
});

/** Wait until every queued mail.send job has been handled, so capture.messages is complete. */
async function mailQueueDrained(timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = (
      await ownerQuery(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' AND state IN ('created', 'retry', 'active')`)
    ).rows[0].n;
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error("mail.send jobs did not finish");
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** How many mail.send jobs were ever queued for this address (the digest's jobs; pg-boss keeps them). */
async function jobsFor(email: string): Promise<number> {
  return (await ownerQuery(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' AND data->>'to' = $1`, [email])).rows[0].n;
}

describe("overdue digest", () => {
  it("mails the regisseur a count of overdue received signals, without personal data; nothing when none are overdue", async () => {
    const g = await createGemeente();
    const reg = await actorWithRole(g, "REGISSEUR");
    const loket = await actorWithRole(g, "LOKET");
    const regEmail = (await ownerDb().user.findUniqueOrThrow({ where: { id: reg.userId } })).email;
    const loketEmail = (await ownerDb().user.findUniqueOrThrow({ where: { id: loket.userId } })).email;
    const pub = await publicTenant(g.slug);
    const s1 = await createSignal(
      pub,
      { residentName: "Digest Persoon", situation: "Het licht brandt al dagen niet meer." },
      "PUBLIEK_FORMULIER",
    );
    await createSignal(pub, { wijk: "Oost", situation: "Nog niet te laat, dit signaal." }, "PUBLIEK_FORMULIER");
    // This file has its own database and this is its first test: these counts are all of it.
    expect(await sendOverdueDigests()).toEqual({ queued: 0, alreadyQueued: 0 });
    await ownerQuery(`UPDATE "Signal" SET "dueAt" = now() - interval '1 day' WHERE id = $1`, [s1.id]);
    expect(await sendOverdueDigests()).toEqual({ queued: 1, alreadyQueued: 0 });
    const m = await capture.waitFor((x) => x.to.includes(regEmail!), 20_000);
    expect(m.subject).toMatch(/1 signaal wacht te lang/);
    expect(m.text).not.toContain("Digest Persoon");
    await mailQueueDrained();
    expect(capture.messages.some((x) => x.to.includes(loketEmail!))).toBe(false);
  });

  it("sends each person one digest per gemeente per Amsterdam day: a rerun (a retry after a partial failure) queues nothing twice", async () => {
    const g = await createGemeente({ name: "Eenmaaldorp" });
    const reg = await actorWithRole(g, "REGISSEUR");
    const regEmail = (await ownerDb().user.findUniqueOrThrow({ where: { id: reg.userId } })).email;
    const pub = await publicTenant(g.slug);
    const s = await createSignal(pub, { wijk: "West", situation: "Mevrouw wordt niet meer gezien in de buurt." }, "PUBLIEK_FORMULIER");
    await ownerQuery(`UPDATE "Signal" SET "dueAt" = now() - interval '1 day' WHERE id = $1`, [s.id]);
    const mailsTo = () => capture.messages.filter((x) => x.to.includes(regEmail)).length;

    const today = new Date();
    const first = await sendOverdueDigests(today);
    expect(first.queued).toBeGreaterThanOrEqual(1);
    expect(await jobsFor(regEmail)).toBe(1);
    // The same day again (what a pg-boss retry of the whole job does): this person's digest is already queued.
    const again = await sendOverdueDigests(today);
    expect(again.queued).toBe(0);
    expect(again.alreadyQueued).toBeGreaterThanOrEqual(1);
    expect(await jobsFor(regEmail)).toBe(1);
    await capture.waitFor((x) => x.to.includes(regEmail), 20_000);
    await mailQueueDrained();
    expect(mailsTo()).toBe(1);

    // The next day is a new digest (the signal is still overdue), again only once.
    const tomorrow = new Date(today.getTime() + DAY);
    expect(amsterdamDay(tomorrow)).not.toBe(amsterdamDay(today));
    expect((await sendOverdueDigests(tomorrow)).queued).toBeGreaterThanOrEqual(1);
    expect((await sendOverdueDigests(tomorrow)).queued).toBe(0);
    expect(await jobsFor(regEmail)).toBe(2);
    await capture.waitFor(() => mailsTo() >= 2, 20_000);
    await mailQueueDrained();
    expect(mailsTo()).toBe(2);
  });
});

describe("overdue digest and disabled accounts", () => {
  it("a disabled account gets no digest; its overdue signal goes to the team of the step instead", async () => {
    const g = await createGemeente({ name: "Uitdorp" });
    const gone = await actorWithRole(g, "TEAM_EENZAAMHEID");
    const colleague = await actorWithRole(g, "TEAM_EENZAAMHEID");
    const email = async (id: string) => (await ownerDb().user.findUniqueOrThrow({ where: { id } })).email;
    const [goneEmail, colleagueEmail] = [await email(gone.userId), await email(colleague.userId)];
    const pub = await publicTenant(g.slug);
    const s = await createSignal(pub, { wijk: "Noord", situation: "Meneer eet niet meer mee in het buurthuis." }, "PUBLIEK_FORMULIER");
    await ownerQuery(
      `UPDATE "Signal" SET status = 'TEAM_EENZAAMHEID', "assigneeUserId" = $2, "dueAt" = now() - interval '1 day' WHERE id = $1`,
      [s.id, gone.userId],
    );
    await ownerQuery(`UPDATE "User" SET "disabledAt" = now() WHERE id = $1`, [gone.userId]);
    await sendOverdueDigests();
    expect(await jobsFor(goneEmail)).toBe(0);
    expect(await jobsFor(colleagueEmail)).toBe(1);
    const m = await capture.waitFor((x) => x.to.includes(colleagueEmail), 20_000);
    expect(m.subject).toBe("1 signaal wacht te lang (Uitdorp)");
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
    await ownerQuery(`UPDATE "Gemeente" SET settings = '{"signals":{"dailyDigest":true},"wijken":["Midden"]}' WHERE id = $1`, [g.id]);
    expect(await getMailPreference(undecided)).toEqual({ mode: "DAGELIJKS", chosen: false });
    expect(await getMailPreference(daily)).toEqual({ mode: "DAGELIJKS", chosen: true });
    await expect(setMailPreference(daily, { mode: "ELK_UUR" })).rejects.toMatchObject({ code: "VALIDATION" });
    const ondernemer = await requireTenant(await actorWithRole(g, "ONDERNEMER"), { slug: g.slug }, "signals:create");
    await expect(setMailPreference(ondernemer, { mode: "DIRECT" })).rejects.toMatchObject({ code: "FORBIDDEN" });

    const pub = await publicTenant(g.slug);
    const assign = async (to: string | null) => {
      const s = await createSignal(
        pub,
        { wijk: "Midden", situation: "Meneer komt niet meer buiten, de gordijnen blijven dicht." },
        "PUBLIEK_FORMULIER",
      );
      await transitionSignal(reg, s.id, { to: "BEOORDEELD", reason: "Bekeken" });
      await transitionSignal(loket, s.id, { to: "EERSTE_INTAKE", reason: "Melder gebeld" });
      await transitionSignal(loket, s.id, { to: "TEAM_EENZAAMHEID", reason: "Onduidelijke vraag", assigneeUserId: to! });
      return s.id;
    };
    const directSignals = [await assign(direct.userId), await assign(direct.userId)];
    const dailySignals = [await assign(daily.userId), await assign(daily.userId)];
    await assign(undecided.userId);

    // Direct: one mail per assignment, through the queue.
    await capture.waitFor((m) => m.to.includes(directMail) && /toegewezen/.test(m.subject), 20_000);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const open = (
        await ownerQuery(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'signals.assigned' AND data->>'gemeenteSlug' = $1 AND state <> 'completed'`,
          [g.slug],
        )
      ).rows[0].n;
      if (open === 0) break;
      if (Date.now() > deadline) throw new Error("assignment jobs did not finish");
      await new Promise((r) => setTimeout(r, 250));
    }
    const assignedTo = (to: string) => capture.messages.filter((m) => m.to.includes(to) && /toegewezen/.test(m.subject)).length;
    expect(assignedTo(directMail)).toBe(2);
    expect(assignedTo(dailyMail)).toBe(0);
    expect(assignedTo(undecidedMail)).toBe(0);

    // The daily digest: one mail for those who chose it, with their new assignments; nothing for "direct".
    const today = new Date();
    await sendOverdueDigests(today);
    await capture.waitFor((m) => m.to.includes(dailyMail), 20_000);
    await capture.waitFor((m) => m.to.includes(undecidedMail) && !/toegewezen/.test(m.subject), 20_000);
    await mailQueueDrained();
    const digest = capture.messages.filter((m) => m.to.includes(dailyMail));
    expect(digest).toHaveLength(1);
    expect(digest[0].subject).toBe("2 nieuwe signalen voor jou (Keuzedorp)");
    expect(digest[0].text).toContain("Nieuw aan jou toegewezen: 2 signalen.");
    expect(capture.messages.filter((m) => m.to.includes(undecidedMail)).map((m) => m.subject)).toEqual([
      "1 nieuw signaal voor jou (Keuzedorp)",
    ]);
    expect(capture.messages.filter((m) => m.to.includes(directMail)).map((m) => m.subject)).toEqual([
      "Er is een signaal aan jou toegewezen",
      "Er is een signaal aan jou toegewezen",
    ]);

    // Overdue reaches everyone once a day, whatever they chose. The next day (a run on the same day
    // would find today's digests already queued): yesterday's assignments are no longer "new".
    await ownerQuery(`UPDATE "Signal" SET "dueAt" = now() - interval '1 hour' WHERE id = ANY($1::text[])`, [
      [directSignals[0], dailySignals[0]],
    ]);
    capture.clear();
    await sendOverdueDigests(new Date(today.getTime() + DAY));
    await capture.waitFor((m) => m.to.includes(directMail), 20_000);
    await capture.waitFor((m) => m.to.includes(dailyMail), 20_000);
    await mailQueueDrained();
    expect(capture.messages.filter((m) => m.to.includes(directMail)).map((m) => m.subject)).toEqual([
      "1 signaal wacht te lang (Keuzedorp)",
    ]);
    expect(capture.messages.filter((m) => m.to.includes(dailyMail)).map((m) => m.subject)).toEqual(["1 signaal wacht te lang (Keuzedorp)"]);
    expect(capture.messages.filter((m) => m.to.includes(undecidedMail))).toHaveLength(0);
  });
});
