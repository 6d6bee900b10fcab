import type { Metadata } from "next";
import Link from "next/link";
import { pageContext } from "@/components/shell/page-context";
import { can } from "@/lib/auth/permissions";
import { SIGNAL_STATUSES, type SignalStatus } from "@/modules/signals/flow";
import { DEADLINE_LABELS, STATUS_LABELS, SOURCE_LABELS } from "@/modules/signals/labels";
import { RISK_GROUP_LABELS, categoryLabel, signalTitle, type RiskGroup } from "@/modules/signals/categories";
import { signalCategories } from "@/modules/signals/server/common";
import { listSignals, signalCounts } from "@/modules/signals/server/read-signals";

export const metadata: Metadata = { title: "Signalen" };

type Props = {
  params: Promise<{ gemeente: string }>;
  searchParams: Promise<{ status?: string; te_laat?: string; hulpvraag?: string; afgesloten?: string }>;
};
const fmt = (d: Date | null) => (d ? d.toLocaleDateString("nl-NL", { day: "numeric", month: "short", year: "numeric" }) : "—");

/** The work queue: metadata only (no personal data), filter by step or overdue; counts for the regisseur. */
export default async function SignalsPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const sp = await searchParams;
  const page = await pageContext(gemeente, "Signalen", "signals:work");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const status = SIGNAL_STATUSES.includes(sp.status as SignalStatus) ? (sp.status as SignalStatus) : undefined;
  const overdue = sp.te_laat === "1";
  const categories = await signalCategories(ctx);
  const category = sp.hulpvraag === "geen" || categories.some((c) => c.key === sp.hulpvraag) ? sp.hulpvraag : undefined;
  const closed = sp.afgesloten === "1";
  const { items } = await listSignals(ctx, { status, overdue, category, closed, take: 100 });
  const counts = can(ctx.role, "signals:assess") ? await signalCounts(ctx) : null;
  const base = `/app/${ctx.gemeente.slug}/signalen`;
  return (
    <>
      <h1 className="text-3xl font-bold">Signalen</h1>
      <p className="mt-2 max-w-3xl text-lg">Zorgen over inwoners en hoe ver we ermee zijn. Klik op een signaal om het te bekijken.</p>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {can(ctx.role, "signals:create") && (
          <li>
            <Link className="underline" href={`${base}/nieuw`}>
              Signaal van een beller invoeren
            </Link>
          </li>
        )}
        <li>
          <Link className="underline" href={`${base}/instellingen`}>
            Instellingen{counts ? "" : " (mijn e-mail)"}
          </Link>
        </li>
        {counts && (
          <li>
            <Link className="underline" href={`${base}/bewoner`}>
              Rechten van de bewoner
            </Link>
          </li>
        )}
      </ul>
      <nav aria-label="Filter" className="mt-6 flex flex-wrap gap-2">
        <Link className="rounded border border-line px-3 py-1" aria-current={!status && !overdue ? "page" : undefined} href={base}>
          Alle open signalen
        </Link>
        <Link className="rounded border border-line px-3 py-1" aria-current={overdue ? "page" : undefined} href={`${base}?te_laat=1`}>
          Te laat
        </Link>
        {SIGNAL_STATUSES.map((s) => (
          <Link
            key={s}
            className="rounded border border-line px-3 py-1"
            aria-current={status === s ? "page" : undefined}
            href={`${base}?status=${s}`}
          >
            {STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      <form method="get" action={base} className="mt-4 flex flex-wrap items-end gap-4" aria-label="Hulpvraag en afgesloten signalen">
        {status && <input type="hidden" name="status" value={status} />}
        {overdue && <input type="hidden" name="te_laat" value="1" />}
        <label className="flex flex-col">
          <span className="font-semibold">Hulpvraag</span>
          <select name="hulpvraag" defaultValue={category ?? ""} className="rounded border border-field px-2 py-1">
            <option value="">Alle hulpvragen</option>
            {categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
            <option value="geen">Nog geen hulpvraag gekozen</option>
          </select>
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="afgesloten" value="1" defaultChecked={closed} />
          <span>Ook afgesloten en geannuleerde signalen tonen</span>
        </label>
        <button type="submit" className="rounded border border-line px-3 py-1 font-semibold">
          Filter toepassen
        </button>
      </form>
      <section aria-labelledby="lijst" className="mt-6">
        <h2 id="lijst" className="text-2xl font-bold">
          Werklijst ({items.length})
        </h2>
        {items.length === 0 ? (
          <p className="mt-2">Geen signalen in deze lijst.</p>
        ) : (
          <table className="mt-2 w-full text-left">
            <thead>
              <tr>
                <th scope="col">Signaal</th>
                <th scope="col">Hulpvraag</th>
                <th scope="col">Risicogroep</th>
                <th scope="col">Stap</th>
                <th scope="col">Bron</th>
                <th scope="col">Wijk</th>
                <th scope="col">Volgende termijn</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} className="border-t border-line">
                  <td>
                    <Link className="underline" href={`${base}/${s.id}`}>
                      {signalTitle(categories, s)}
                    </Link>
                  </td>
                  <td>{s.category ? categoryLabel(categories, s.category) : "—"}</td>
                  <td>{s.riskGroup ? (RISK_GROUP_LABELS[s.riskGroup as RiskGroup] ?? s.riskGroup) : "—"}</td>
                  <td>{STATUS_LABELS[s.status as SignalStatus]}</td>
                  <td>{SOURCE_LABELS[s.source]}</td>
                  <td>{s.wijk ?? "—"}</td>
                  <td>
                    {s.dueAt && DEADLINE_LABELS[s.status as SignalStatus]
                      ? `${DEADLINE_LABELS[s.status as SignalStatus]} ${fmt(s.dueAt)}`
                      : "—"}
                    {s.overdue && <strong className="ml-2 text-danger">te laat</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {counts && (
        <section aria-labelledby="tellen" className="mt-8">
          <h2 id="tellen" className="text-2xl font-bold">
            Tellen en bedanken
          </h2>
          <div className="mt-2 grid gap-6 sm:grid-cols-2">
            <div>
              <h3 className="font-semibold">Per bron</h3>
              <ul>
                {counts.bySource.map((r) => (
                  <li key={r.source}>
                    {SOURCE_LABELS[r.source]}: {r.count}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="font-semibold">Per wijk</h3>
              <ul>
                {counts.byWijk.map((r) => (
                  <li key={r.wijk}>
                    {r.wijk}: {r.count}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="font-semibold">Per partner</h3>
              {counts.byPartner.length ? (
                <ul data-testid="counts-partner">
                  {counts.byPartner.map((r) => (
                    <li key={r.coalitionPartnerId}>
                      {r.name}: {r.count}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Nog geen signalen van partners.</p>
              )}
            </div>
            <div>
              <h3 className="font-semibold">Per ondernemer</h3>
              {counts.byOrganisation.length ? (
                <ul data-testid="counts-organisation">
                  {counts.byOrganisation.map((r) => (
                    <li key={r.organisationId}>
                      {r.name}: {r.count}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>Nog geen signalen van ondernemers.</p>
              )}
            </div>
          </div>
        </section>
      )}
    </>
  );
}
