import { DataTable } from "@/components/data-table";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { PERIOD_KEYS, periodText } from "@/modules/plan/period-words";
import { ACTIVITY_INDICATOR_KEYS, computeActivityIndicators, formatFigure, PIPELINE_STEPS } from "@/modules/plan/server/indicators";
import { computeSignalFigures, resolvePeriod, SIGNAL_FIGURE_LABELS, wijkRowsFor } from "@/modules/plan/server/signal-figures";
import { listOffers } from "@/modules/offer/server/offers";
import { coverageByTargetGroup } from "@/modules/offer/freshness";
import { TARGET_GROUPS } from "@/modules/offer/schemas";
import { SIGNAL_STATUSES } from "@/modules/signals/flow";
import { can } from "@/lib/auth/permissions";
import { categoryRows } from "@/modules/plan/server/signal-figures";
import { satisfactionRows } from "@/modules/plan/server/theme-figures";
import { signalCategories } from "@/modules/signals/server/common";
import { latestRemarks, satisfactionFigure } from "@/modules/signals/server/feedback";
import { longDateFormat } from "@/lib/text/dates";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ periode?: string }> };
export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.planPages.dashboard.title };
}

/** A table with the same numbers as a chart (the text alternative). */
function FigureTable({
  caption,
  head,
  countHead,
  rows,
}: {
  caption: string;
  head: string;
  countHead: string;
  rows: { label: string; value: number }[];
}) {
  return (
    <DataTable fit captionShown className="mt-4" caption={caption} columns={[head, { head: countHead, className: "text-right" }]}>
      {rows.map((r) => (
        <tr key={r.label} className="border-b border-line">
          <th scope="row" className="py-2 pr-6 font-normal">
            {r.label}
          </th>
          <td className="py-2 pr-6 text-right">{r.value}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A horizontal bar per row: the bars are decorative; the numbers are in the text and the table. `label` is the whole caption. */
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
      <figcaption className="sr-only">{label}</figcaption>
    </figure>
  );
}

/** Live indicators of the local approach, with the pipeline funnel. Every chart has a table. */
export default async function DashboardPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const period = resolvePeriod((await searchParams).periode);
  const { t, locale } = await getT();
  // The period in the reader's language (period.label is the Dutch one of the report and the export).
  const dates = longDateFormat(locale);
  const periodShown = periodText(period, t.labels.period, dates);
  const d = t.planPages.dashboard;
  const page = await pageContext(gemeente, d.title, "dashboard:read");
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
  const funnel = PIPELINE_STEPS.map((s) => ({ label: t.labels.step[s], value: ind.pipeline[s] }));
  const byStatus = SIGNAL_STATUSES.map((s) => ({ label: t.labels.signalStatus[s], value: sf.byStatus[s] }));
  const byWijk = wijkRowsFor(ctx.role, sf.byWijk).map((w) => ({ label: w.wijk, value: w.count }));
  const coverage = coverageByTargetGroup(offers);
  const coverageRows = TARGET_GROUPS.map((g) => ({ label: t.labels.targetGroup[g], value: coverage[g] }));
  const signalKeys = Object.keys(t.labels.signalFigure) as (keyof typeof SIGNAL_FIGURE_LABELS)[];
  const periodQuery = period.key === "12m" ? "" : `?periode=${period.key}`;

  return (
    <>
      <h1 className="text-3xl font-bold">{d.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{d.intro(ctx.gemeente.name)}</p>
      <ul className="mt-2 list-disc pl-6">
        <li>
          <a className="underline" href={`/app/${ctx.gemeente.slug}/dashboard/export`} download>
            {d.downloadCsv}
          </a>
        </li>
        <li>
          <a className="underline" href={`/app/${ctx.gemeente.slug}/dashboard/rapport.pdf${periodQuery}`} download>
            {d.downloadReport}
          </a>
        </li>
        <li>
          <a className="underline" href={`/app/${ctx.gemeente.slug}/dashboard/raadsbrief${periodQuery}`}>
            {d.readLetter}
          </a>
        </li>
      </ul>

      <section aria-labelledby="kerncijfers" className="mt-8">
        <h2 id="kerncijfers" className="text-2xl font-bold">
          {d.keyFigures}
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {keys.map((k) => (
            <div key={k} className="rounded-lg border border-line p-4" data-indicator={k}>
              <dt>{t.labels.indicator[k]}</dt>
              <dd className="text-3xl font-bold">{formatFigure(ind[k])}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="trechter" className="mt-10">
        <h2 id="trechter" className="text-2xl font-bold">
          {d.funnelHeading}
        </h2>
        <Bars rows={funnel} label={d.seeTable(d.funnelHeading)} />
        <FigureTable caption={d.funnelCaption} head={d.stepHead} countHead={d.countHead} rows={funnel} />
      </section>

      <section aria-labelledby="signalen" className="mt-10">
        <h2 id="signalen" className="text-2xl font-bold">
          {d.signalsHeading}
        </h2>
        <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="periode" className="block font-semibold">
              {d.periodLabel}
            </label>
            <select id="periode" name="periode" defaultValue={period.key} className="mt-1 rounded border border-field bg-white px-3 py-2">
              {PERIOD_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t.labels.period.names[key]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
            {d.showPeriod}
          </button>
        </form>
        <p className="mt-4 max-w-3xl">{d.signalsIntro(periodShown)}</p>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {signalKeys.map((k) => (
            <div key={k} className="rounded-lg border border-line p-4" data-signal-figure={k}>
              <dt>{t.labels.signalFigure[k]}</dt>
              <dd className="text-3xl font-bold">{formatFigure(sf[k])}</dd>
            </div>
          ))}
        </dl>
        <h3 className="mt-8 text-xl font-bold">{d.byStepHeading}</h3>
        <Bars rows={byStatus} label={d.seeTable(d.byStepChart)} />
        <FigureTable caption={d.byStepCaption} head={d.stepHead} countHead={d.countHead} rows={byStatus} />
        <h3 className="mt-8 text-xl font-bold">{d.byWijkHeading}</h3>
        {byWijk.length === 0 ? (
          <p className="mt-2">{d.noSignals}</p>
        ) : (
          <>
            <Bars rows={byWijk} label={d.seeTable(d.byWijkChart)} />
            <FigureTable caption={d.byWijkCaption} head={d.wijkHead} countHead={d.countHead} rows={byWijk} />
          </>
        )}
      </section>

      <section aria-labelledby="hulpvragen" className="mt-10">
        <h2 id="hulpvragen" className="text-2xl font-bold">
          {d.byCategoryHeading}
        </h2>
        <p className="mt-2 max-w-3xl">
          {d.byCategoryIntro(periodShown)}{" "}
          <a className="underline" href={`/app/${ctx.gemeente.slug}/aanbod#hulpvragen`}>
            {d.byCategoryLink}
          </a>
          .
        </p>
        {byCategory.length === 0 ? (
          <p className="mt-2">{d.noSignals}</p>
        ) : (
          <>
            <Bars rows={byCategory} label={d.seeTable(d.byCategoryChart)} />
            <FigureTable caption={d.byCategoryCaption} head={d.categoryHead} countHead={d.countHead} rows={byCategory} />
          </>
        )}
      </section>

      <section aria-labelledby="stem" className="mt-10">
        <h2 id="stem" className="text-2xl font-bold">
          {d.voiceHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{d.voiceIntro(periodShown.toLowerCase())}</p>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2">
          {satisfactionRows(satisfaction, t.labels.satisfaction).map(([label, value]) => (
            <div key={label} className="rounded-lg border border-line p-4" data-satisfaction>
              <dt>{label}</dt>
              <dd className="text-2xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
        {assess && (
          <>
            <h3 className="mt-6 text-xl font-bold">{d.remarksHeading}</h3>
            <p className="mt-1 max-w-3xl text-sm">{d.remarksNote}</p>
            {remarks.length === 0 ? (
              <p className="mt-2">{d.noRemarks}</p>
            ) : (
              <ul className="mt-2 list-disc pl-6">
                {remarks.map((r, i) => (
                  <li key={i}>
                    {r.period}, {r.helped ? d.helped : d.notHelped}: {r.remark}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="dekking" className="mt-10">
        <h2 id="dekking" className="text-2xl font-bold">
          {d.coverageHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{d.coverageIntro}</p>
        <Bars rows={coverageRows} label={d.seeTable(d.coverageChart)} />
        <FigureTable caption={d.coverageCaption} head={d.targetGroupHead} countHead={d.countHead} rows={coverageRows} />
      </section>
    </>
  );
}
