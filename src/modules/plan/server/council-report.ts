/**
 * The progress report for the council (raadsinformatiebrief): SMART goals with progress, the
 * indicators, the pipeline funnel, signal figures, offer coverage and budget planned versus actual.
 * Counts only: no names, no personal field; wijken under five signals are merged (public document).
 */
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { forbidden } from "@/lib/result";
import { listOffers } from "@/modules/offer/server";
import { coverageByTargetGroup } from "@/modules/offer";
import { TARGET_GROUP_LABELS, TARGET_GROUPS } from "@/modules/offer";
import { SIGNAL_STATUSES } from "@/modules/signals";
import { STATUS_LABELS } from "@/modules/signals";
import { BUDGET_LINE_LABELS, compareBudget, computeBudget, formatEuro } from "../budget";
import { renderCouncilReportPdf, type CouncilReportDoc } from "../report/render-pdf";
import { listBudgetActuals } from "./budget-actuals";
import { computeIndicators, formatFigure, INDICATOR_LABELS, PIPELINE_STEPS, STEP_LABELS } from "./indicators";
import { listSmartGoals } from "./plan";
import { wijkenOf } from "@/modules/gemeenten";
import {
  categoryGaps,
  categoryRows,
  computeSignalFigures,
  SIGNAL_FIGURE_LABELS,
  wijkRowsForPublication,
  type Period,
} from "./signal-figures";
import { signalCategories } from "@/modules/signals/server";
import { satisfactionFigure } from "@/modules/signals/server";
import { satisfactionRows } from "./theme-figures";

const SIGNAL_INDICATORS = new Set(["signalsReceived", "signalsPickedUp", "signalsClosed", "signalsParticipated", "medianPickupHours"]);
const dateNl = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" });
const num = (n: number | null) => formatFigure(n);

export async function buildCouncilReport(ctx: TenantContext, period: Period, now = new Date()): Promise<CouncilReportDoc> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const indicators = computeIndicators(ctx, now); // once: the goals' live values and section 2 share it
  const [goals, ind, sf, offers, actuals, wijken, categories, satisfaction] = await Promise.all([
    listSmartGoals(ctx, indicators),
    indicators,
    computeSignalFigures(ctx, period),
    listOffers(ctx, now),
    listBudgetActuals(ctx),
    // Only the gemeente's own wijken are ever printed by name (a public, official document).
    ctx.run(async (db) =>
      wijkenOf((await db.gemeente.findUnique({ where: { id: ctx.gemeente.id }, select: { settings: true } }))?.settings),
    ),
    signalCategories(ctx),
    satisfactionFigure(ctx, period),
  ]);
  const themeGaps = categoryGaps(sf.byCategory, categories, offers).filter((r) => r.gap);
  const coverage = coverageByTargetGroup(offers);
  const startYear = actuals[0]?.year ?? now.getUTCFullYear();
  const budget = compareBudget(computeBudget(ctx.gemeente.inhabitants, startYear), actuals);
  const indicatorKeys = (Object.keys(INDICATOR_LABELS) as (keyof typeof INDICATOR_LABELS)[]).filter((k) => !SIGNAL_INDICATORS.has(k));
  const signalKeys = Object.keys(SIGNAL_FIGURE_LABELS) as (keyof typeof SIGNAL_FIGURE_LABELS)[];

  return {
    title: `Voortgang aanpak eenzaamheid ${ctx.gemeente.name}`,
    gemeente: ctx.gemeente.name,
    dateLabel: dateNl.format(now),
    intro: [
      `Deze brief geeft de raad de stand van de lokale aanpak van eenzaamheid in ${ctx.gemeente.name} (${num(ctx.gemeente.inhabitants)} inwoners). ` +
        "De cijfers komen uit Samenkracht en zijn uitgerekend op de datum hierboven.",
      `Signalen gaan over de periode: ${period.label}. Alle andere cijfers zijn de stand op de datum van deze brief.`,
    ],
    sections: [
      {
        title: "1. SMART-doelen uit het plan van aanpak",
        note: "Voortgang: hoe ver we zijn van de beginmeting naar het getal dat we willen halen.",
        head: ["Doel", "Beginmeting", "Nu", "Te halen", "Voortgang"],
        rows: goals.length
          ? goals.map((g) => [
              `${g.title} (tot ${dateNl.format(new Date(g.dueDate))}; bron: ${g.source ?? "onbekend"})`,
              num(g.baseline),
              g.current === null ? "onbekend" : num(g.current),
              num(g.target),
              g.progress === null ? "-" : `${Math.round(g.progress * 100)}%`,
            ])
          : [["Er zijn nog geen SMART-doelen vastgelegd.", "", "", "", ""]],
      },
      {
        title: "2. Kerncijfers",
        head: ["Cijfer", "Aantal"],
        rows: indicatorKeys.map((k) => [INDICATOR_LABELS[k], num(ind[k])]),
      },
      {
        title: "3. Ondernemers per stap",
        note: "De vijf stappen uit de handreiking; gestopte ondernemers tellen niet mee.",
        head: ["Stap", "Aantal"],
        rows: PIPELINE_STEPS.map((s) => [STEP_LABELS[s], num(ind.pipeline[s])]),
      },
      {
        title: "4. Signalen",
        note: `Periode: ${period.label}. Opgepakt: het signaal is bij het loket of een team (eerste intake of verder). Alleen aantallen.`,
        head: ["Cijfer", "Aantal"],
        rows: signalKeys.map((k) => [SIGNAL_FIGURE_LABELS[k], num(sf[k])]),
      },
      {
        title: "5. Signalen per stap",
        note: "Waar de signalen uit deze periode nu zijn.",
        head: ["Stap", "Aantal"],
        rows: SIGNAL_STATUSES.map((s) => [STATUS_LABELS[s], num(sf.byStatus[s])]),
      },
      {
        title: "6. Signalen per wijk",
        note: "Wijken met minder dan 5 signalen tellen we samen, zodat niemand herkenbaar is.",
        head: ["Wijk", "Aantal"],
        rows: sf.received
          ? wijkRowsForPublication(sf.byWijk, 5, wijken).map((w) => [w.wijk, num(w.count)])
          : [["Geen signalen in deze periode.", ""]],
      },
      {
        title: "7. Signalen per hulpvraag",
        note:
          "Waar de zorg vooral over ging. Hulpvragen met minder dan 5 signalen tellen we samen, zodat niemand herkenbaar is." +
          (themeGaps.length
            ? ` Signalen zonder passend aanbod: ${
                themeGaps
                  .filter((r) => r.signals >= 5)
                  .map((r) => r.label)
                  .join(", ") || "alleen bij kleine aantallen"
              }.`
            : ""),
        head: ["Hulpvraag", "Aantal"],
        rows: sf.received
          ? categoryRows(sf.byCategory, categories, true).map((r) => [r.label, num(r.count)])
          : [["Geen signalen in deze periode.", ""]],
      },
      {
        title: "8. De stem van de melder",
        note: "Na het afronden krijgt de melder (als die een e-mailadres gaf) één vraag: heeft het geholpen? Antwoorden zijn niet gekoppeld aan de melding of de persoon. Opmerkingen staan niet in deze brief.",
        head: ["Cijfer", "Waarde"],
        rows: satisfactionRows(satisfaction),
      },
      {
        title: "9. Dekking van het ondersteuningsaanbod",
        note: "Actuele activiteiten (gepubliceerd en bevestigd) per doelgroep. Een 0 is een gat in het aanbod.",
        head: ["Doelgroep", "Activiteiten"],
        rows: TARGET_GROUPS.map((g) => [TARGET_GROUP_LABELS[g], num(coverage[g])]),
      },
      {
        title: "10. Begroting: gepland en werkelijk",
        note: "Voorbeeldbegroting uit het stappenplan van Terneuzen, berekend voor deze gemeente; werkelijk zoals ingevuld.",
        head: ["Jaar en post", "Gepland", "Werkelijk", "Verschil"],
        rows: budget.map((r) => [
          `${r.year} - ${BUDGET_LINE_LABELS[r.line]}`,
          formatEuro(r.plannedCents),
          r.actualCents === null ? "-" : formatEuro(r.actualCents),
          r.differenceCents === null ? "-" : formatEuro(r.differenceCents),
        ]),
      },
    ],
    footer: `Gemaakt met Samenkracht op ${dateNl.format(now)}. Deze brief bevat alleen aantallen en geen persoonsgegevens.`,
  };
}

export async function councilReportPdf(ctx: TenantContext, period: Period, now = new Date()): Promise<Uint8Array> {
  return renderCouncilReportPdf(await buildCouncilReport(ctx, period, now), now);
}
