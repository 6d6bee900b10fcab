import { pageContext } from "@/components/shell/page-context";
import {
  ACTIVITY_INDICATOR_KEYS,
  computeActivityIndicators,
  formatFigure,
  INDICATOR_LABELS,
  PIPELINE_STEPS,
  STEP_LABELS,
} from "@/modules/plan/server/indicators";
import {
  computeSignalFigures,
  PERIOD_OPTIONS,
  resolvePeriod,
  SIGNAL_FIGURE_LABELS,
  wijkRowsFor,
} from "@/modules/plan/server/signal-figures";
import { listOffers } from "@/modules/offer/server/offers";
import { coverageByTargetGroup } from "@/modules/offer/freshness";
import { TARGET_GROUP_LABELS, TARGET_GROUPS } from "@/modules/offer/schemas";
import { SIGNAL_STATUSES } from "@/modules/signals/flow";
import { STATUS_LABELS } from "@/modules/signals/labels";
import { can } from "@/lib/auth/permissions";
import { categoryRows } from "@/modules/plan/server/signal-figures";
import { satisfactionRows } from "@/modules/plan/server/theme-figures";
import { signalCategories } from "@/modules/signals/server/common";
import { latestRemarks, satisfactionFigure } from "@/modules/signals/server/feedback";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ periode?: string }> };
export const metadata = { title: "Dashboard" };

/** A table with the same numbers as a chart (the text alternative). */
function FigureTable({ caption, head, rows }: { caption: string; head: string; rows: { label: string; value: number }[] }) {
  return (
    <table className="mt-4 border-collapse text-left">
      <caption className="text-left font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-2 pr-6">
            {head}
          </th>
          <th scope="col" className="py-2 pr-6 text-right">
            Aantal
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className="border-b border-line">
            <th scope="row" className="py-2 pr-6 font-normal">
              {r.label}
            </th>
            <td className="py-2 pr-6 text-right">{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A horizontal bar per row: the bars are decorative; the numbers are in the text and the table. */
function Bars({ rows, label }: { rows: { label: string; value: number }[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="mt-4">
      <div aria-hidden="true" className="grid gap-2">
        {rows.map((r) => (
          <div key={r.label} className="grid grid-cols-[12rem_1fr] items-center gap-3">
            <span>{r.label}</span>
            <span className="flex items-center gap-2">
              {/* An SVG bar, not a style attribute: the CSP allows no inline styles (docs/decisions/0010-csp-nonces.md). */}
              <svg className="h-5 flex-1" viewBox="0 0 100 20" preserveAspectRatio="none" focusable="false">
                <rect width={r.value ? Math.max(2, (r.value / max) * 100) : 0} height="20" rx="3" className="fill-brand" />
              </svg>
              <span className="font-semibold">{r.value}</span>
            </span>
          </div>
        ))}
      </div>
      <figcaption className="sr-only">{label}: zie de tabel hieronder.</figcaption>
    </figure>
  );
}

/** Live indicators of the local approach, with the pipeline funnel. Every chart has a table. */
export default async function DashboardPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const period = resolvePeriod((await searchParams).periode);
  const page = await pageContext(gemeente, "Dashboard", "dashboard:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const assess = can(ctx.role, "signals:assess");
  const [ind, sf, offers, categories, satisfaction, remarks] = await Promise.all([
    computeActivityIndicators(ctx),
    computeSignalFigures(ctx, period),
    listOffers(ctx),
    signalCategories(ctx),
    satisfactionFigure(ctx, period),
    // Remarks are free text from the public: for the regisseur only, never in the report or the export.
    assess ? latestRemarks(ctx, 10) : Promise.resolve([]),
  ]);
  // The regisseur sees every hulpvraag; other dashboard readers the publication version (small ones merged).
  const byCategory = categoryRows(sf.byCategory, categories, !assess).map((r) => ({ label: r.label, value: r.count }));
  // Signal figures are shown once, for the chosen period (section "Signalen"), not also since the beginning here.
  const keys = ACTIVITY_INDICATOR_KEYS;
  const funnel = PIPELINE_STEPS.map((s) => ({ label: STEP_LABELS[s], value: ind.pipeline[s] }));
  const byStatus = SIGNAL_STATUSES.map((s) => ({ label: STATUS_LABELS[s], value: sf.byStatus[s] }));
  const byWijk = wijkRowsFor(ctx.role, sf.byWijk).map((w) => ({ label: w.wijk, value: w.count }));
  const coverage = coverageByTargetGroup(offers);
  const coverageRows = TARGET_GROUPS.map((g) => ({ label: TARGET_GROUP_LABELS[g], value: coverage[g] }));
  const signalKeys = Object.keys(SIGNAL_FIGURE_LABELS) as (keyof typeof SIGNAL_FIGURE_LABELS)[];
  const periodQuery = period.key === "12m" ? "" : `?periode=${period.key}`;

  return (
    <>
      <h1 className="text-3xl font-bold">Dashboard</h1>
      <p className="mt-2 max-w-3xl text-lg">
        De cijfers van de aanpak in {ctx.gemeente.name}. Ze worden steeds opnieuw uitgerekend uit wat in Samenkracht staat.
      </p>
      <ul className="mt-2 list-disc pl-6">
        <li>
          <a className="underline" href={`/app/${ctx.gemeente.slug}/dashboard/export`} download>
            Download de cijfers als CSV-bestand
          </a>
        </li>
        <li>
          <a className="underline" href={`/app/${ctx.gemeente.slug}/dashboard/rapport.pdf${periodQuery}`} download>
            Download de voortgangsrapportage voor de raad (raadsinformatiebrief, PDF)
          </a>
        </li>
        <li>
          <a className="underline" href={`/app/${ctx.gemeente.slug}/dashboard/raadsbrief${periodQuery}`}>
            Lees de raadsinformatiebrief als webpagina (toegankelijk, ook om te printen)
          </a>
        </li>
      </ul>

      <section aria-labelledby="kerncijfers" className="mt-8">
        <h2 id="kerncijfers" className="text-2xl font-bold">
          Kerncijfers
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {keys.map((k) => (
            <div key={k} className="rounded-lg border border-line p-4" data-indicator={k}>
              <dt>{INDICATOR_LABELS[k]}</dt>
              <dd className="text-3xl font-bold">{formatFigure(ind[k])}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="trechter" className="mt-10">
        <h2 id="trechter" className="text-2xl font-bold">
          Ondernemers per stap
        </h2>
        <Bars rows={funnel} label="Ondernemers per stap" />
        <FigureTable caption="Tabel: ondernemers per stap (gestopte ondernemers tellen niet mee)" head="Stap" rows={funnel} />
      </section>

      <section aria-labelledby="signalen" className="mt-10">
        <h2 id="signalen" className="text-2xl font-bold">
          Signalen
        </h2>
        <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="periode" className="block font-semibold">
              Periode
            </label>
            <select id="periode" name="periode" defaultValue={period.key} className="mt-1 rounded border border-field bg-white px-3 py-2">
              {PERIOD_OPTIONS.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
            Toon periode
          </button>
        </form>
        <p className="mt-4 max-w-3xl">
          Periode: {period.label}. Alleen aantallen; we lezen geen namen of situaties. Opgepakt betekent: het signaal is bij het loket of
          een team (eerste intake of verder). De tijd tot oppakken telt vanaf de melding.
        </p>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {signalKeys.map((k) => (
            <div key={k} className="rounded-lg border border-line p-4" data-signal-figure={k}>
              <dt>{SIGNAL_FIGURE_LABELS[k]}</dt>
              <dd className="text-3xl font-bold">{formatFigure(sf[k])}</dd>
            </div>
          ))}
        </dl>
        <h3 className="mt-8 text-xl font-bold">Signalen per stap</h3>
        <Bars rows={byStatus} label="Signalen uit deze periode per stap waar ze nu zijn" />
        <FigureTable caption="Tabel: signalen uit deze periode per stap waar ze nu zijn" head="Stap" rows={byStatus} />
        <h3 className="mt-8 text-xl font-bold">Signalen per wijk</h3>
        {byWijk.length === 0 ? (
          <p className="mt-2">Geen signalen in deze periode.</p>
        ) : (
          <>
            <Bars rows={byWijk} label="Signalen uit deze periode per wijk" />
            <FigureTable caption="Tabel: signalen uit deze periode per wijk" head="Wijk" rows={byWijk} />
          </>
        )}
      </section>

      <section aria-labelledby="hulpvragen" className="mt-10">
        <h2 id="hulpvragen" className="text-2xl font-bold">
          Signalen per hulpvraag
        </h2>
        <p className="mt-2 max-w-3xl">
          Periode: {period.label}. Waar de zorg vooral over ging. Welk aanbod erbij past, staat bij het{" "}
          <a className="underline" href={`/app/${ctx.gemeente.slug}/aanbod#hulpvragen`}>
            ondersteuningsaanbod
          </a>
          .
        </p>
        {byCategory.length === 0 ? (
          <p className="mt-2">Geen signalen in deze periode.</p>
        ) : (
          <>
            <Bars rows={byCategory} label="Signalen uit deze periode per hulpvraag" />
            <FigureTable caption="Tabel: signalen uit deze periode per hulpvraag" head="Hulpvraag" rows={byCategory} />
          </>
        )}
      </section>

      <section aria-labelledby="stem" className="mt-10">
        <h2 id="stem" className="text-2xl font-bold">
          De stem van de melder
        </h2>
        <p className="mt-2 max-w-3xl">
          Na het afronden krijgt de melder (als die een e-mailadres gaf) één vraag: heeft het geholpen? Periode: signalen afgerond in{" "}
          {period.label.toLowerCase()}. Antwoorden zijn niet gekoppeld aan de melding of de persoon.
        </p>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2">
          {satisfactionRows(satisfaction).map(([label, value]) => (
            <div key={label} className="rounded-lg border border-line p-4" data-satisfaction>
              <dt>{label}</dt>
              <dd className="text-2xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
        {assess && (
          <>
            <h3 className="mt-6 text-xl font-bold">Opmerkingen van melders</h3>
            <p className="mt-1 max-w-3xl text-sm">
              Alleen voor de regisseur. E-mailadressen en telefoonnummers zijn weggelaten. Deze opmerkingen komen niet in de raadsbrief of
              het CSV-bestand.
            </p>
            {remarks.length === 0 ? (
              <p className="mt-2">Nog geen opmerkingen.</p>
            ) : (
              <ul className="mt-2 list-disc pl-6">
                {remarks.map((r, i) => (
                  <li key={i}>
                    {r.period}, {r.helped ? "hielp" : "hielp niet"}: {r.remark}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="dekking" className="mt-10">
        <h2 id="dekking" className="text-2xl font-bold">
          Dekking van het aanbod
        </h2>
        <p className="mt-2 max-w-3xl">Actuele activiteiten (gepubliceerd en bevestigd) per doelgroep. Een 0 is een gat in het aanbod.</p>
        <Bars rows={coverageRows} label="Actuele activiteiten per doelgroep" />
        <FigureTable caption="Tabel: actuele activiteiten per doelgroep" head="Doelgroep" rows={coverageRows} />
      </section>
    </>
  );
}
