/** The raadsinformatiebrief PDF: real figures from real rows, text read back from the PDF bytes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireTenant, type TenantContext } from "@/lib/auth/context";
import { createSmartGoal } from "@/modules/plan/server/plan";
import { setBudgetActual } from "@/modules/plan/server/budget-actuals";
import { createOffer } from "@/modules/offer/server/offers";
import { createSignal } from "@/modules/signals/server/create-signal";
import { buildCouncilReport, councilReportPdf } from "@/modules/plan/server/council-report";
import { renderCouncilReportPdf } from "@/modules/plan/report/render-pdf";
import { CouncilReportView } from "@/modules/plan/components/council-report-view";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { resolvePeriod } from "@/modules/plan/server/signal-figures";
import { findAll, pdfText, readPdf } from "../support/pdf";
import { formatEuro } from "@/modules/plan/budget";
import { actorWithRole, closeOwnerDb, createGemeente, ownerDb } from "../support/factories";

const H = 3_600_000;
const RESIDENT = "Wietske Geheimsma";
let a: Awaited<ReturnType<typeof createGemeente>>;
let b: Awaited<ReturnType<typeof createGemeente>>;
let regA: TenantContext;
let regB: TenantContext;
let text: string;

async function signal(gemeenteId: string, wijk: string, pickupHours: number | null, outcome?: "DEELGENOMEN") {
  const createdAt = new Date(Date.now() - 5 * 24 * H);
  const s = await ownerDb().signal.create({
    data: {
      gemeenteId,
      source: "PARTNER",
      status: outcome ? "AFGESLOTEN" : pickupHours === null ? "ONTVANGEN" : "TEAM_WELZIJN",
      outcome: outcome ?? null,
      createdAt,
      wijk,
    },
  });
  if (pickupHours !== null)
    await ownerDb().signalTransition.create({
      data: {
        gemeenteId,
        signalId: s.id,
        fromStatus: "BEOORDEELD",
        toStatus: "EERSTE_INTAKE",
        createdAt: new Date(createdAt.getTime() + pickupHours * H),
      },
    });
}

beforeAll(async () => {
  a = await createGemeente({ name: "Súdwest-Fryslân", inhabitants: 20_000, wijken: ["Café-wijk Zuidoost", "Kleine Hof"] });
  b = await createGemeente({ name: "Beekstad" });
  regA = await requireTenant(await actorWithRole(a, "REGISSEUR"), { slug: a.slug }, "coalition:manage");
  regB = await requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: b.slug }, "coalition:manage");
  await createSmartGoal(regA, {
    title: "Twintig doorverwijzingen waarbij iemand meedoet",
    indicator: "signalsParticipated",
    baseline: 0,
    target: 20,
    dueDate: "2027-12-31",
  });
  await createSmartGoal(regA, {
    title: "Minder inwoners (erg) eenzaam – ideeën van de klankbordgroep",
    baseline: 40,
    target: 35,
    manualValue: 38,
    source: "GGD-monitor 2026",
    dueDate: "2028-12-31",
  });
  for (const [h, o] of [
    [2, "DEELGENOMEN"],
    [4, "DEELGENOMEN"],
    [6, undefined],
    [8, undefined],
    [10, undefined],
  ] as const)
    await signal(a.id, "Café-wijk Zuidoost", h, o);
  await signal(a.id, "Kleine Hof", null);
  // One through the real intake, with a resident's name: the report must never show it.
  await createSignal(
    await requireTenant(await actorWithRole(a, "LOKET"), { slug: a.slug }, "signals:create"),
    { situation: "Meneer komt al weken niet meer naar de markt.", residentName: RESIDENT, wijk: "Kleine Hof" },
    "LOKET_TELEFOON",
  );
  await createOffer(regA, {
    title: "Samen eten",
    provider: "Welzijn Súdwest",
    targetGroups: ["OUDEREN_75", "MANTELZORGERS"],
    degrees: ["LICHT"],
    howToJoin: "Bel het loket.",
  });
  await setBudgetActual(regA, { year: new Date().getUTCFullYear(), line: "signalPointPerInhabitant", amount: "2.612,50" });
  await signal(b.id, "Beekwijk", 1);
  const pdf = await councilReportPdf(regA, resolvePeriod("12m"));
  expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
  text = await pdfText(pdf);
});
afterAll(closeOwnerDb);

describe("raadsinformatiebrief PDF", () => {
  it("names the gemeente (Dutch letters intact) and the date", () => {
    expect(text).toContain("Gemeente: Súdwest-Fryslân");
    expect(text).toMatch(/Datum: \d{1,2} \w+ \d{4}/);
  });

  it("holds the signal figures of the period", () => {
    expect(text).toContain("Signalen ontvangen\n7");
    expect(text).toContain("Signalen opgepakt\n5");
    expect(text).toContain("Doorverwijzingen waarbij iemand meedoet\n2");
    expect(text).toContain("Tijd tot oppakken in uren (de helft was sneller)\n6");
    expect(text).toContain("Café-wijk Zuidoost\n5");
  });

  it("merges wijken under five and never names a resident", () => {
    expect(text).not.toContain("Kleine Hof");
    expect(text).toContain("Andere wijken samen (elk minder dan 5, of onbekend)\n2");
    expect(text).not.toContain("Geheimsma");
    expect(text).not.toContain("markt");
  });

  it("holds SMART goals with their progress, live and manual", () => {
    // Long labels wrap over lines; the numbers follow the label: baseline, now, target, progress.
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(
      "Twintig doorverwijzingen waarbij iemand meedoet (tot 31 december 2027; bron: Samenkracht (telt zelf)) 0 2 20 10%",
    );
    expect(flat).toContain(
      "Minder inwoners (erg) eenzaam – ideeën van de klankbordgroep (tot 31 december 2028; bron: GGD-monitor 2026) 40 38 35 40%",
    );
  });

  it("holds the pipeline funnel, offer coverage and budget planned versus actual", () => {
    expect(text).toContain("Ondernemers per stap");
    expect(text).toContain("Voorbereiden\n0");
    expect(text).toContain("Ouderen (75+)\n1");
    expect(text).toContain("Jongeren (15 tot 24 jaar)\n0");
    const year = new Date().getUTCFullYear();
    expect(text).toContain(`${year} - `);
    expect(text).toContain(
      `${formatEuro(240_000).replace(/[\u00a0\u202f]/g, " ")}\n${formatEuro(261_250).replace(/[\u00a0\u202f]/g, " ")}\n${formatEuro(21_250).replace(/[\u00a0\u202f]/g, " ")}`,
    );
  });

  it("the real report is a tagged PDF with the same text as the web page (the same document)", async () => {
    const now = new Date();
    const doc = await buildCouncilReport(regA, resolvePeriod("12m"), now);
    const pdf = await readPdf(await renderCouncilReportPdf(doc, now));
    expect([pdf.marked, pdf.lang, pdf.title]).toEqual([true, "nl-NL", doc.title]);
    expect(findAll(pdf.tree, "H2").map((n) => n.text)).toEqual(doc.sections.map((s) => s.title));
    const html = renderToStaticMarkup(createElement(CouncilReportView, { doc }));
    const web = html
      .replace(/<[^>]+>/g, " ")
      .replace(/&amp;/g, "&")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, " ")
      .trim();
    expect(pdf.text).toBe(web);
  });

  it("another gemeente's report holds only its own figures", async () => {
    const other = await pdfText(await councilReportPdf(regB, resolvePeriod("12m")));
    expect(other).toContain("Gemeente: Beekstad");
    expect(other).toContain("Signalen ontvangen\n1");
    expect(other).not.toContain("Súdwest");
    expect(other).not.toContain("Café-wijk");
  });

  it("roles without dashboard access and other gemeenten are refused", async () => {
    const loket = await requireTenant(await actorWithRole(a, "LOKET"), { slug: a.slug }, "signals:work");
    await expect(councilReportPdf(loket, resolvePeriod("12m"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const ondernemer = await requireTenant(await actorWithRole(a, "ONDERNEMER"), { slug: a.slug }, "gemeente:read").catch((e) => e);
    if (!(ondernemer instanceof Error))
      await expect(councilReportPdf(ondernemer, resolvePeriod("12m"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(requireTenant(await actorWithRole(b, "REGISSEUR"), { slug: a.slug }, "dashboard:read")).rejects.toMatchObject({
      code: expect.stringMatching(/FORBIDDEN|NOT_FOUND/),
    });
  });
});
