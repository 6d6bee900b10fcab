/**
 * Issue 16, items 6, 7 and 9 on real PostgreSQL, real pg-boss and real SMTP:
 * 6 signals by hulpvraag (intake, work queue filter, figures with the <5 rule, SMART indicator, gap view);
 * 7 the work list hides closed signals unless asked, titles without names;
 * 9 the reporter's one question: a single-use link, an unlinkable answer, no mail for erased/restricted signals.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicTenant, requireTenant, type TenantContext } from "@/lib/auth/context";
import { startCaptureServer, type CaptureServer } from "@/lib/mail/capture-server";
import { startJobs, stopJobs } from "@/lib/jobs";
import { JOBS } from "@/server/jobs";
import { createSignal } from "@/modules/signals/server/create-signal";
import { listSignals } from "@/modules/signals/server/read-signals";
import { transitionSignal } from "@/modules/signals/server/transition-signal";
import { eraseResident, restrictResident } from "@/modules/signals/server/privacy";
import { answerFeedback, feedbackLinkValid, latestRemarks, satisfactionFigure, screenRemark } from "@/modules/signals/server/feedback";
import { reporterFeedbackJob } from "@/modules/signals/jobs/reporter-feedback";
import { signalTitle, DEFAULT_CATEGORIES } from "@/modules/signals/categories";
import { buildCouncilReport } from "@/modules/plan/server/council-report";
import { categoryGaps, categoryRows, computeSignalFigures, resolvePeriod } from "@/modules/plan/server/signal-figures";
import { themeAndVoiceCsvRows } from "@/modules/plan/server/theme-figures";
import { createSmartGoal, listSmartGoals } from "@/modules/plan/server/plan";
import { createOffer, listOffers } from "@/modules/offer/server/offers";
import { actorWithRole, closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";

let capture: CaptureServer;
let g: Awaited<ReturnType<typeof createGemeente>>;
let reg: TenantContext, loket: TenantContext;
const NAME = "Hendrikje Rouwsma";
const SITUATION = "Haar man is overleden en ze komt de deur niet meer uit.";
const period = () => resolvePeriod("12m");

beforeAll(async () => {
  capture = await startCaptureServer();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}`;
  g = await createGemeente({ name: "Themadorp", wijken: ["Noord", "Zuid"] });
  reg = await requireTenant(await actorWithRole(g, "REGISSEUR"), { slug: g.slug }, "signals:work");
  loket = await requireTenant(await actorWithRole(g, "LOKET"), { slug: g.slug }, "signals:create");
  await startJobs(JOBS, { pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await stopJobs();
  await capture?.stop();
  await closeOwnerDb();
});

const phone = (extra: Record<string, unknown>) =>
  createSignal(loket, { residentName: NAME, wijk: "Noord", situation: SITUATION, ...extra }, "LOKET_TELEFOON");
const closeIt = async (id: string) => {
  await transitionSignal(reg, id, { to: "BEOORDEELD", reason: "gezien" });
  await transitionSignal(reg, id, { to: "EERSTE_INTAKE", reason: "gebeld" });
  await transitionSignal(reg, id, { to: "AFGESLOTEN", reason: "klaar", outcome: "DEELGENOMEN" });
};

describe("6. signals by hulpvraag", () => {
  it("the phone intake stores hulpvraag and risk group; a hulpvraag off the gemeente's list is refused in Dutch and nothing is stored", async () => {
    const s = await phone({ category: "rouw", riskGroup: "ROUW_VERLIES" });
    const row = (await ownerQuery(`SELECT category, "riskGroup" FROM "Signal" WHERE id = $1`, [s.id])).rows[0];
    expect(row).toEqual({ category: "rouw", riskGroup: "ROUW_VERLIES" });
    const before = (await ownerQuery(`SELECT count(*)::int AS n FROM "Signal" WHERE "gemeenteId" = $1`, [g.id])).rows[0].n;
    const err = await phone({ category: "bestaat-niet" }).catch((e) => e);
    expect(err.fieldErrors.category[0]).toMatch(/Kies een hulpvraag uit de lijst/);
    const err2 = await phone({ riskGroup: "MARSMANNETJES" }).catch((e) => e);
    expect(err2.fieldErrors.riskGroup[0]).toMatch(/risicogroep/);
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "Signal" WHERE "gemeenteId" = $1`, [g.id])).rows[0].n).toBe(before);
    // The database refuses a risk group that is not on the list, whatever the path.
    await expect(ownerQuery(`UPDATE "Signal" SET "riskGroup" = 'X' WHERE id = $1`, [s.id])).rejects.toThrow(/riskGroup_check/);
  });

  it("the work queue filters by hulpvraag; a step can set the hulpvraag later", async () => {
    const a = await phone({ category: "mantelzorg" });
    const b = await phone({});
    expect((await listSignals(reg, { category: "mantelzorg" })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await listSignals(reg, { category: "geen" })).items.map((i) => i.id)).toContain(b.id);
    await transitionSignal(reg, b.id, { to: "BEOORDEELD", reason: "ingedeeld", category: "mantelzorg", riskGroup: "MANTELZORGERS" });
    expect((await listSignals(reg, { category: "mantelzorg" })).items.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
    await expect(transitionSignal(reg, a.id, { to: "BEOORDEELD", reason: "x", category: "verzonnen" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("figures per hulpvraag: all for the regisseur, under five merged in the council report and the CSV rows; gap view; SMART indicator", async () => {
    for (let i = 0; i < 4; i++) await phone({ category: "rouw" }); // 5 rouw in total with the first test
    await phone({ category: "geldzorgen" });
    const sf = await computeSignalFigures(reg, period());
    const count = (k: string | null) => sf.byCategory.find((r) => r.category === k)?.count;
    expect(count("rouw")).toBe(5);
    expect(count("mantelzorg")).toBe(2);
    expect(count("geldzorgen")).toBe(1);
    // Publication: only rouw (5) by name, the rest merged.
    const pub = categoryRows(sf.byCategory, DEFAULT_CATEGORIES, true);
    expect(pub[0]).toEqual({ key: "rouw", label: "Rouw en verlies", count: 5 });
    expect(pub.map((r) => r.label)).not.toContain("Zware mantelzorg");
    const doc = await buildCouncilReport(reg, period());
    const section = doc.sections.find((s) => s.title.includes("per hulpvraag"))!;
    expect(section.rows).toContainEqual(["Rouw en verlies", "5"]);
    expect(section.rows.some((r) => r[0] === "Zware mantelzorg" || r[0] === "Geldzorgen")).toBe(false);
    expect(section.rows.at(-1)![0]).toMatch(/Andere hulpvragen samen/);
    const csv = await themeAndVoiceCsvRows(reg, { from: null, to: new Date() });
    expect(csv).toContainEqual(["Signalen met hulpvraag: Rouw en verlies", 5]);
    expect(csv.some(([l]) => l.includes("Zware mantelzorg"))).toBe(false);

    // Gap view: rouw has signals and no offer → a gap; tag an offer with rouw → no gap.
    let gaps = categoryGaps(sf.byCategory, DEFAULT_CATEGORIES, await listOffers(reg));
    expect(gaps.find((r) => r.key === "rouw")).toMatchObject({ signals: 5, offers: 0, gap: true });
    await expect(
      createOffer(reg, {
        title: "Rouwgroep",
        provider: "Welzijn",
        targetGroups: ["ROUW_VERLIES"],
        degrees: ["MATIG"],
        howToJoin: "Bel ons.",
        categories: ["onbekend-thema"],
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await createOffer(reg, {
      title: "Rouw- en verliesgroep",
      provider: "Welzijn",
      targetGroups: ["ROUW_VERLIES"],
      degrees: ["MATIG"],
      howToJoin: "Bel ons.",
      categories: ["rouw"],
    });
    gaps = categoryGaps(sf.byCategory, DEFAULT_CATEGORIES, await listOffers(reg));
    expect(gaps.find((r) => r.key === "rouw")).toMatchObject({ offers: 1, gap: false });
    expect(gaps.find((r) => r.key === "geldzorgen")).toMatchObject({ gap: true });

    // SMART goal on a hulpvraag: its current value is the count; an unknown hulpvraag is refused.
    await createSmartGoal(reg, {
      title: "Rouwsignalen opgevolgd",
      indicator: "signalsCategory:rouw",
      baseline: 0,
      target: 10,
      dueDate: "2027-12-31",
    });
    await expect(
      createSmartGoal(reg, {
        title: "Verzonnen thema",
        indicator: "signalsCategory:verzonnen",
        baseline: 0,
        target: 10,
        dueDate: "2027-12-31",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    const goal = (await listSmartGoals(reg)).find((x) => x.title === "Rouwsignalen opgevolgd")!;
    expect(goal.current).toBe(5);
    expect(goal.progress).toBeCloseTo(0.5);
  });
});

describe("7. the work list and titles", () => {
  it("hides closed signals unless asked; titles say hulpvraag · wijk · date, never the name", async () => {
    const s = await phone({ category: "rouw" });
    await closeIt(s.id);
    expect((await listSignals(reg, { take: 200 })).items.map((i) => i.id)).not.toContain(s.id);
    expect((await listSignals(reg, { take: 200, closed: true })).items.map((i) => i.id)).toContain(s.id);
    expect((await listSignals(reg, { take: 200, status: "AFGESLOTEN" })).items.map((i) => i.id)).toContain(s.id);
    const title = signalTitle(DEFAULT_CATEGORIES, { category: "rouw", wijk: "Noord", createdAt: new Date("2026-12-05T10:00:00Z") });
    expect(title).toBe("Rouw en verlies · Noord · 5 dec 2026");
    expect(signalTitle(DEFAULT_CATEGORIES, { category: null, wijk: null, createdAt: new Date("2026-12-05T10:00:00Z") })).toBe(
      "Signaal · 5 dec 2026",
    );
  });
});

describe("9. the reporter's voice", () => {
  it("after closing the reporter gets one question by mail; the link works once; the answer is not linked to the signal", async () => {
    const s = await createSignal(
      await publicTenant(g.slug),
      { wijk: "Zuid", situation: SITUATION, reporterEmail: "stem@example.test" },
      "PUBLIEK_FORMULIER",
    );
    await closeIt(s.id);
    const mail = await capture.waitFor((m) => m.to.includes("stem@example.test") && /geholpen/.test(m.subject));
    expect(mail.text).toContain("heeft het geholpen?");
    expect(mail.text).toContain("We koppelen uw antwoord niet aan uw zorg of aan de persoon.");
    expect(mail.text).not.toContain("overleden");
    const link = /https?:\/\/\S+\/g\/[^/]+\/zorgen\/reactie\?t=(\S+)/.exec(mail.text)!;
    const token = decodeURIComponent(link[1]!);
    expect(await feedbackLinkValid(g.slug, token)).toBe(true);
    await answerFeedback(g.slug, { token, helped: "ja", remark: "Fijn! Bel me op 0612345678 of mail stem@example.test" });
    // Once: the second use is refused in Dutch and stores nothing.
    await expect(answerFeedback(g.slug, { token, helped: "nee" })).rejects.toMatchObject({
      code: "FEEDBACK_USED",
      message: expect.stringMatching(/al gebruikt/),
    });
    expect(await feedbackLinkValid(g.slug, token)).toBe(false);
    // Another gemeente's slug with this token does nothing.
    const rows = (await ownerQuery(`SELECT * FROM "SignalFeedback" WHERE "gemeenteId" = $1`, [g.id])).rows;
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]).sort()).toEqual(["gemeenteId", "helped", "id", "period", "remark"]);
    expect(JSON.stringify(rows)).not.toContain(s.id);
    expect(rows[0].remark).toBe("Fijn! Bel me op [weggelaten] of mail [weggelaten]");
    const sat = await satisfactionFigure(reg, period());
    expect(sat).toEqual({ answers: 1, helped: 1, percent: 100 });
    expect((await latestRemarks(reg)).map((r) => r.remark)).toEqual(["Fijn! Bel me op [weggelaten] of mail [weggelaten]"]);
    // The report and the CSV carry the count, never the remark, and no percentage under five answers.
    const doc = await buildCouncilReport(reg, period());
    const voice = doc.sections.find((x) => x.title.includes("stem van de melder"))!;
    expect(voice.rows[0]).toEqual(["Melders die antwoordden op 'Heeft het geholpen?'", "1"]);
    expect(voice.rows[1]![1]).toMatch(/nog te weinig antwoorden/);
    expect(JSON.stringify(doc)).not.toContain("Fijn!");
    expect(JSON.stringify(await themeAndVoiceCsvRows(reg, { from: null, to: new Date() }))).not.toContain("Fijn!");
  });

  it("a remark is cut to 500 characters; bad input is refused in Dutch", async () => {
    expect(screenRemark("a ".repeat(600))!.length).toBeLessThanOrEqual(500);
    await expect(answerFeedback(g.slug, { token: "x".repeat(30), helped: "misschien" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(answerFeedback(g.slug, { token: "x".repeat(30), helped: "ja" })).rejects.toMatchObject({ code: "FEEDBACK_USED" });
  });

  it("no question for an erased or restricted signal, nor without an address", async () => {
    const run = (signalId: string) => reporterFeedbackJob.handler({ gemeenteId: g.id, signalId }, {} as never);
    const mk = async (residentName: string, reporterEmail?: string) => {
      const s = await createSignal(await publicTenant(g.slug), { residentName, situation: SITUATION, reporterEmail }, "PUBLIEK_FORMULIER");
      await ownerQuery(`UPDATE "Signal" SET status = 'AFGESLOTEN', "dueAt" = NULL, "closedAt" = now() WHERE id = $1`, [s.id]);
      return s.id;
    };
    const erased = await mk("Gewiste Persoon", "gewist@example.test");
    await eraseResident(reg, { residentName: "Gewiste Persoon", basis: "VERZOEK_BEWONER", confirm: true });
    const restricted = await mk("Beperkte Persoon", "beperkt@example.test");
    await restrictResident(reg, { residentName: "Beperkte Persoon", basis: "VERZOEK_BEWONER", confirm: true });
    const noAddress = await mk("Zonder Adres");
    const open = await createSignal(
      await publicTenant(g.slug),
      { residentName: "Nog Open", situation: SITUATION, reporterEmail: "open@example.test" },
      "PUBLIEK_FORMULIER",
    );
    const requestsBefore = (await ownerQuery(`SELECT count(*)::int AS n FROM "SignalFeedbackRequest"`)).rows[0].n;
    for (const id of [erased, restricted, noAddress, open.id]) expect(await run(id)).toEqual({ sent: false });
    expect((await ownerQuery(`SELECT count(*)::int AS n FROM "SignalFeedbackRequest"`)).rows[0].n).toBe(requestsBefore);
    const control = await mk("Gewone Persoon", "gewoon@example.test");
    expect(await run(control)).toEqual({ sent: true });
  });
});
