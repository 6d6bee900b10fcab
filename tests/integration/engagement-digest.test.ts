/** The accounthouder digest job through real pg-boss, real PostgreSQL (RLS) and real SMTP. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { enqueueJob, startJobs, stopJobs } from "@/lib/jobs";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { JOBS } from "@/server/jobs";
import { dueDigestJob, sendDueDigests } from "@/modules/engagement/jobs/send-due-digest";
import { createVestiging } from "@/modules/engagement/server/registry";
import { moveStep, recordAcknowledgement } from "@/modules/engagement/server/pipeline";
import { recordContactMoment } from "@/modules/engagement/server/contacts";
import type { TenantContext } from "@/lib/auth/context";
import { closeOwnerDb, createGemeente, ownerDb } from "../support/factories";
import { contextFor, type Gem } from "./engagement-support";

let capture: CaptureServer;
let g: Gem;
let amb: TenantContext;
let other: TenantContext;
const WEEK = 7 * 24 * 3600 * 1000;

async function activeWithContact(ctx: TenantContext, name: string, weeksAgo: number, holder: string | null) {
  const past = new Date(Date.now() - 30 * WEEK);
  const v = await createVestiging(ctx, { name, sector: "bakker", accountHolderId: holder });
  await recordAcknowledgement(ctx, v.id, { date: past, channel: "GESPREK" }, past);
  await moveStep(ctx, v.id, { to: "VASTHOUDEN", reason: "Test" }, past);
  await recordContactMoment(ctx, v.id, { kind: "BEZOEK", at: new Date(Date.now() - weeksAgo * WEEK) });
  return v;
}

beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}`;
  g = await createGemeente({ name: "Digestdorp" });
  amb = await contextFor(g, "AMBTENAAR");
  other = await contextFor(g, "REGISSEUR");
  await activeWithContact(amb, "Bakker Lang Geleden", 9, amb.userId);
  await activeWithContact(amb, "Bakker Recent", 1, amb.userId);
  await activeWithContact(amb, "Bakker Zonder Houder", 9, null);
  await activeWithContact(other, "Regisseur Bakker", 7, other.userId);
});
afterAll(async () => {
  await stopJobs();
  await capture?.stop();
  await closeOwnerDb();
});

describe("engagement.due-digest", () => {
  it("is registered as a platform job with a weekly schedule", () => {
    expect(JOBS.map((j) => j.name)).toContain("engagement.due-digest");
    expect(dueDigestJob.options.schedule?.cron).toBe("0 7 * * 1");
  });

  it("mails each accounthouder their due relations only (queued through pg-boss, sent over SMTP)", async () => {
    await startJobs([dueDigestJob, mailSendJob], { pollingIntervalSeconds: 0.5 });
    await enqueueJob(dueDigestJob, { gemeenteId: g.id });
    const ambUser = await ownerDb().user.findUniqueOrThrow({ where: { id: amb.userId! } });
    const regUser = await ownerDb().user.findUniqueOrThrow({ where: { id: other.userId! } });
    const mail = await capture.waitFor((m) => m.to.includes(ambUser.email), 20_000);
    expect(mail.subject).toBe("1 ondernemer wacht op contact (Digestdorp)");
    expect(mail.text).toContain("Bakker Lang Geleden (Vasthouden): 9 weken geen contact");
    expect(mail.text).not.toContain("Bakker Recent");
    expect(mail.text).not.toContain("Regisseur Bakker");
    expect(mail.text).toContain(`/app/${g.slug}/ondernemers/`);
    const regMail = await capture.waitFor((m) => m.to.includes(regUser.email), 20_000);
    expect(regMail.text).toContain("Regisseur Bakker");
    expect(regMail.text).not.toContain("Bakker Lang Geleden");
  });

  it("reports relations without an accounthouder and sends nothing for other gemeenten", async () => {
    const empty = await createGemeente();
    expect(await sendDueDigests({ gemeenteId: empty.id })).toEqual({ queued: 0, alreadyQueued: 0, withoutAccountHolder: 0 });
  });

  it("sends each accounthouder one digest per week: a rerun (a retry after a partial failure) sends nothing twice", async () => {
    const ambUser = await ownerDb().user.findUniqueOrThrow({ where: { id: amb.userId! } });
    // The job above already queued this week's two digests: a second run finds them and adds none.
    const countFor = () => capture.messages.filter((m) => m.to.includes(ambUser.email)).length;
    const before = countFor();
    expect(await sendDueDigests({ gemeenteId: g.id })).toEqual({ queued: 0, alreadyQueued: 2, withoutAccountHolder: 1 });
    // Next week is a new digest (the relation is still due), queued once however often the job runs.
    const nextWeek = new Date(Date.now() + WEEK);
    expect(await sendDueDigests({ gemeenteId: g.id }, nextWeek)).toEqual({ queued: 2, alreadyQueued: 0, withoutAccountHolder: 1 });
    expect(await sendDueDigests({ gemeenteId: g.id }, nextWeek)).toEqual({ queued: 0, alreadyQueued: 2, withoutAccountHolder: 1 });
    await capture.waitFor(
      (m) => m.to.includes(ambUser.email) && capture.messages.filter((x) => x.to.includes(ambUser.email)).length > before,
      20_000,
    );
    await new Promise((r) => setTimeout(r, 1500)); // time for a duplicate to show up, if there were one
    expect(countFor()).toBe(before + 1);
  });
});
