/**
 * Signaalpunt settings (retention months, deadlines, the dry run and run by the regisseur) and the
 * reporter's status check with the code in a POST body, never in a URL. Real PostgreSQL.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import * as status from "@/app/api/v1/gemeenten/[gemeente]/signalen/status/route";
import { checkSignalStatusAction } from "@/modules/signals/actions";
import { createSignal } from "@/modules/signals/server/create-signal";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { JOBS } from "@/server/jobs";
import { retentionJob, runRetentionForAll } from "@/modules/signals/jobs/retention";
import { getSignalSettings, previewRetention, runRetentionNow, updateSignalSettings } from "@/modules/signals/server/settings";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { call } from "./api-support";

type G = Awaited<ReturnType<typeof createGemeente>>;
let g: G;
let reg: TenantContext, loket: TenantContext;
const situation = "Mevrouw doet al weken de deur niet meer open.";
const valid = { retentionMonths: 6, cancelledRetentionMonths: 1, deadlineDays: { ONTVANGEN: 1, EERSTE_INTAKE: 7 }, dailyDigest: true };

beforeAll(async () => {
  g = await createGemeente({ name: "Instelstad" });
  reg = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "signals:assess");
  loket = await requireTenant(await actorWithRole(g, "LOKET"), { slug: g.slug }, "signals:work");
});
afterAll(closeOwnerDb);

const settingsRow = async () => (await ownerQuery(`SELECT settings FROM "Gemeente" WHERE id = $1`, [g.id])).rows[0].settings;

describe("settings (regisseur only)", () => {
  it("defaults, then saved: retention months, deadlines in days (stored in hours), default mail choice; audited", async () => {
    expect(await getSignalSettings(reg)).toMatchObject({
      retentionMonths: 12,
      cancelledRetentionMonths: 3,
      dailyDigest: false,
      deadlineDays: { ONTVANGEN: 2, EERSTE_INTAKE: 5 },
    });
    await ownerQuery(`UPDATE "Gemeente" SET settings = '{"engagement":{"dueWeeks":6},"wijken":["West","Oost"]}' WHERE id = $1`, [g.id]);
    const saved = await updateSignalSettings(reg, valid);
    expect(saved).toMatchObject({
      retentionMonths: 6,
      cancelledRetentionMonths: 1,
      dailyDigest: true,
      deadlineDays: { ONTVANGEN: 1, EERSTE_INTAKE: 7, BEOORDEELD: 3 },
    });
    const row = await settingsRow();
    expect(row.engagement).toEqual({ dueWeeks: 6 }); // other modules' settings stay
    expect(row.signals).toMatchObject({
      retentionMonths: 6,
      cancelledRetentionMonths: 1,
      dailyDigest: true,
      deadlinesHours: { ONTVANGEN: 24, EERSTE_INTAKE: 168 },
    });
    const audit = (
      await ownerQuery(`SELECT "actorUserId", detail FROM "SignalAuditEntry" WHERE "gemeenteId" = $1 AND action = 'signal.settings'`, [
        g.id,
      ])
    ).rows;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: reg.userId, detail: { retentionMonths: 6 } });
  });

  it("the saved deadline is used for new signals and new steps", async () => {
    const before = Date.now();
    const s = await createSignal(await publicTenant(g.slug), { wijk: "West", situation }, "PUBLIEK_FORMULIER");
    const due = (await ownerQuery(`SELECT "dueAt" FROM "Signal" WHERE id = $1`, [s.id])).rows[0].dueAt as Date;
    expect(due.getTime() - before).toBeGreaterThan(23 * 3_600_000);
    expect(due.getTime() - before).toBeLessThan(25 * 3_600_000);
    await transitionSignal(reg, s.id, { to: "BEOORDEELD", reason: "Bekeken" });
    await transitionSignal(loket, s.id, { to: "EERSTE_INTAKE", reason: "Gebeld" });
    const due2 = (await ownerQuery(`SELECT "dueAt" FROM "Signal" WHERE id = $1`, [s.id])).rows[0].dueAt as Date;
    expect(Math.round((due2.getTime() - Date.now()) / 86_400_000)).toBe(7);
  });

  it("bad input → Dutch field errors, nothing changes; other roles are refused", async () => {
    const before = await settingsRow();
    await expect(updateSignalSettings(reg, { ...valid, retentionMonths: 0 })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { retentionMonths: [expect.stringMatching(/minstens 1 maand/)] },
    });
    await expect(updateSignalSettings(reg, { ...valid, retentionMonths: "twaalf" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(updateSignalSettings(reg, { ...valid, deadlineDays: { ONTVANGEN: 0 } })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "deadlineDays.ONTVANGEN": [expect.any(String)] },
    });
    await expect(updateSignalSettings(reg, { ...valid, deadlineDays: { AFGESLOTEN: 3 } })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(updateSignalSettings(loket, valid)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getSignalSettings(loket)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(previewRetention(loket)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(runRetentionNow(loket, { confirm: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await settingsRow()).toEqual(before);
  });
});

describe("retention: what would go now, and running it by hand", () => {
  it("the dry run gives counts and ids only; the run needs a confirmation and records the regisseur for each erasure", async () => {
    const pub = await publicTenant(g.slug);
    const old = await createSignal(pub, { residentName: "Bewaar Oud", situation }, "PUBLIEK_FORMULIER");
    const cancelled = await createSignal(pub, { residentName: "Bewaar Geannuleerd", situation }, "PUBLIEK_FORMULIER");
    const young = await createSignal(pub, { residentName: "Bewaar Jong", situation }, "PUBLIEK_FORMULIER");
    // retentionMonths 6, cancelledRetentionMonths 1 (saved above).
    await ownerQuery(`UPDATE "Signal" SET status = 'AFGESLOTEN', "dueAt" = NULL, "closedAt" = now() - interval '7 months' WHERE id = $1`, [
      old.id,
    ]);
    await ownerQuery(`UPDATE "Signal" SET status = 'GEANNULEERD', "dueAt" = NULL, "closedAt" = now() - interval '2 months' WHERE id = $1`, [
      cancelled.id,
    ]);
    await ownerQuery(`UPDATE "Signal" SET status = 'AFGESLOTEN', "dueAt" = NULL, "closedAt" = now() - interval '5 months' WHERE id = $1`, [
      young.id,
    ]);

    const preview = await previewRetention(reg);
    expect(preview).toEqual({ closed: 1, cancelled: 1, stale: 0, noticed: 0, ids: expect.arrayContaining([old.id, cancelled.id]) });
    expect(preview.ids).not.toContain(young.id);
    expect(JSON.stringify(preview)).not.toMatch(/Bewaar|deur/);

    await expect(runRetentionNow(reg, {})).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { confirm: [expect.any(String)] } });
    expect((await ownerQuery(`SELECT "residentNameEnc" FROM "Signal" WHERE id = $1`, [old.id])).rows[0].residentNameEnc).not.toBeNull();

    expect(await runRetentionNow(reg, { confirm: true })).toEqual({ erased: 2 });
    const rows = (
      await ownerQuery(`SELECT id, "residentNameEnc", "erasedAt" FROM "Signal" WHERE id = ANY($1)`, [[old.id, cancelled.id, young.id]])
    ).rows;
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[old.id].residentNameEnc).toBeNull();
    expect(byId[cancelled.id].residentNameEnc).toBeNull();
    expect(byId[young.id].residentNameEnc).not.toBeNull();
    const audit = (
      await ownerQuery(
        `SELECT "signalId", "actorUserId", detail FROM "SignalAuditEntry" WHERE action = 'signal.erase' AND "signalId" = ANY($1)`,
        [[old.id, cancelled.id]],
      )
    ).rows;
    expect(audit).toHaveLength(2);
    for (const a of audit) expect(a).toMatchObject({ actorUserId: reg.userId, detail: { reason: "retention" } });
    expect(await previewRetention(reg)).toEqual({ closed: 0, cancelled: 0, stale: 0, noticed: 0, ids: [] });
  });
});

describe("the nightly retention job", () => {
  it("is registered with a nightly schedule and erases past-retention signals in every gemeente, as the system", async () => {
    expect(JOBS.map((j) => j.name)).toContain("signals.retention");
    expect(retentionJob.options.schedule?.cron).toBe("30 3 * * *");
    const other = await createGemeente({ name: "Nachtdorp" });
    const s = await createSignal(await publicTenant(other.slug), { residentName: "Nacht Bewoner", situation }, "PUBLIEK_FORMULIER");
    await ownerQuery(`UPDATE "Signal" SET status = 'AFGESLOTEN', "dueAt" = NULL, "closedAt" = now() - interval '13 months' WHERE id = $1`, [
      s.id,
    ]);
    expect((await runRetentionForAll()).erased).toBeGreaterThanOrEqual(1);
    expect((await ownerQuery(`SELECT "residentNameEnc" FROM "Signal" WHERE id = $1`, [s.id])).rows[0].residentNameEnc).toBeNull();
    const audit = (
      await ownerQuery(`SELECT "actorUserId", detail FROM "SignalAuditEntry" WHERE "signalId" = $1 AND action = 'signal.erase'`, [s.id])
    ).rows;
    expect(audit).toEqual([{ actorUserId: "system:retention", detail: { reason: "retention" } }]);
  });
});

describe("the reporter's status code never travels in a URL", () => {
  it("the status page's action takes the code from the POST body; a wrong code says so in Dutch", async () => {
    const s = await createSignal(await publicTenant(g.slug), { wijk: "Oost", situation }, "PUBLIEK_FORMULIER");
    const fd = new FormData();
    fd.set("code", s.statusCode);
    expect(await checkSignalStatusAction(g.slug, null, fd)).toEqual({ ok: true, data: { status: "ONTVANGEN" } });
    await transitionSignal(reg, s.id, { to: "BEOORDEELD", reason: "Bekeken" });
    await transitionSignal(loket, s.id, { to: "EERSTE_INTAKE", reason: "Gebeld" });
    expect(await checkSignalStatusAction(g.slug, null, fd)).toEqual({ ok: true, data: { status: "OPGEPAKT" } });
    const wrong = new FormData();
    wrong.set("code", "nietbestaandecode");
    expect(await checkSignalStatusAction(g.slug, null, wrong)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      message: expect.stringMatching(/code kennen we niet/),
    });
    const other = await createGemeente();
    expect(await checkSignalStatusAction(other.slug, null, fd)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("the API takes the code in a POST body too; GET ?code= keeps working for existing partner systems", async () => {
    const s = await createSignal(await publicTenant(g.slug), { wijk: "Oost", situation }, "PUBLIEK_FORMULIER");
    const p = `/api/v1/gemeenten/${g.slug}/signalen/status`;
    const post = await call(status.POST, { method: "POST", path: p, params: { gemeente: g.slug }, body: { code: s.statusCode } });
    expect(post.status).toBe(200);
    expect(post.json.data).toEqual({ status: "ONTVANGEN" });
    expect(
      (await call(status.POST, { method: "POST", path: p, params: { gemeente: g.slug }, body: { code: "verkeerdecode1" } })).status,
    ).toBe(404);
    expect((await call(status.GET, { path: `${p}?code=${s.statusCode}`, params: { gemeente: g.slug } })).status).toBe(200);
  });

  it("no page, component or action builds a link or redirect with the code in a query string", () => {
    const roots = ["src/app", "src/modules/signals", "src/components"].map((r) => path.resolve(import.meta.dirname, "../..", r));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const full = path.join(dir, n);
        return statSync(full).isDirectory() ? files(full) : /\.(tsx?|mjs)$/.test(n) && !/\.test\.tsx?$/.test(n) ? [full] : [];
      });
    const offenders: string[] = [];
    for (const f of roots.flatMap(files)) {
      // The API route's legacy GET reads ?code= (documented); nothing may WRITE it into a URL.
      const src = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      const writesCodeParam = /[?&](status_?)?code=/i.test(src) || /searchParams\.(set|append)\(\s*["'](status_?)?code["']/i.test(src);
      const codeIntoUrl =
        /(redirect|permanentRedirect|router\.(push|replace))\([^)]*statusCode/.test(src) || /href=\{[^}]*statusCode/.test(src);
      if (writesCodeParam || codeIntoUrl) offenders.push(path.relative(process.cwd(), f));
    }
    expect(offenders).toEqual([]);
  });
});
