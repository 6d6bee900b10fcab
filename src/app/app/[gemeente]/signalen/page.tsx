import type { Metadata } from "next";
import Link from "next/link";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/permissions";
import { SIGNAL_STATUSES, type SignalStatus } from "@/modules/signals/flow";
import { categoryLabel, signalTitle, type RiskGroup } from "@/modules/signals/categories";
import { signalCategories } from "@/modules/signals/server/common";
import { listSignals, signalCounts } from "@/modules/signals/server/read-signals";
import { formatShortDate } from "@/lib/text/dates";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.signalsPages.list.title };
}

type Props = {
  params: Promise<{ gemeente: string }>;
  searchParams: Promise<{ status?: string; te_laat?: string; hulpvraag?: string; afgesloten?: string }>;
};
const fmt = (d: Date | null) => (d ? formatShortDate(d) : "—");

/** The work queue: metadata only (no personal data), filter by step or overdue; counts for the regisseur. */
export default async function SignalsPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const sp = await searchParams;
  const { t } = await getT();
  const tx = t.signalsPages.list;
  const page = await pageContext(gemeente, tx.title, "signals:work");
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
      <h1 className="text-3xl font-bold">{tx.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{tx.intro}</p>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {can(ctx.role, "signals:create") && (
          <li>
            <Link className="underline" href={`${base}/nieuw`}>
              {tx.phoneIntake}
            </Link>
          </li>
        )}
        <li>
          <Link className="underline" href={`${base}/instellingen`}>
            {counts ? tx.settings : tx.settingsOwnMail}
          </Link>
        </li>
        {counts && (
          <li>
            <Link className="underline" href={`${base}/bewoner`}>
              {tx.residentRights}
            </Link>
          </li>
        )}
      </ul>
      <nav aria-label={tx.filterNav} className="mt-6 flex flex-wrap gap-2">
        <Link className="rounded border border-line px-3 py-1" aria-current={!status && !overdue ? "page" : undefined} href={base}>
          {tx.allOpen}
        </Link>
        <Link className="rounded border border-line px-3 py-1" aria-current={overdue ? "page" : undefined} href={`${base}?te_laat=1`}>
          {tx.overdue}
        </Link>
        {SIGNAL_STATUSES.map((s) => (
          <Link
            key={s}
            prefetch={false}
            className="rounded border border-line px-3 py-1"
            aria-current={status === s ? "page" : undefined}
            href={`${base}?status=${s}`}
          >
            {t.labels.signalStatus[s]}
          </Link>
        ))}
      </nav>
      <form method="get" action={base} className="mt-4 flex flex-wrap items-end gap-4" aria-label={tx.filterForm}>
        {status && <input type="hidden" name="status" value={status} />}
        {overdue && <input type="hidden" name="te_laat" value="1" />}
        <label className="flex flex-col">
          <span className="font-semibold">{tx.category}</span>
          <select name="hulpvraag" defaultValue={category ?? ""} className="rounded border border-field px-2 py-1">
            <option value="">{tx.allCategories}</option>
            {categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
            <option value="geen">{tx.noCategory}</option>
          </select>
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="afgesloten" value="1" defaultChecked={closed} />
          <span>{tx.showClosed}</span>
        </label>
        <button type="submit" className="rounded border border-line px-3 py-1 font-semibold">
          {tx.applyFilter}
        </button>
      </form>
      <section aria-labelledby="lijst" className="mt-6">
        <h2 id="lijst" className="text-2xl font-bold">
          {tx.worklist(items.length)}
        </h2>
        {items.length === 0 ? (
          <p className="mt-2">{tx.empty}</p>
        ) : (
          <table className="mt-2 w-full text-left">
            <thead>
              <tr>
                <th scope="col">{tx.columns.signal}</th>
                <th scope="col">{tx.columns.category}</th>
                <th scope="col">{tx.columns.riskGroup}</th>
                <th scope="col">{tx.columns.step}</th>
                <th scope="col">{tx.columns.source}</th>
                <th scope="col">{tx.columns.wijk}</th>
                <th scope="col">{tx.columns.nextDeadline}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id} className="border-t border-line">
                  <td>
                    <Link className="underline" prefetch={false} href={`${base}/${s.id}`}>
                      {signalTitle(categories, s)}
                    </Link>
                  </td>
                  <td>{s.category ? categoryLabel(categories, s.category) : "—"}</td>
                  <td>{s.riskGroup ? (t.labels.targetGroup[s.riskGroup as RiskGroup] ?? s.riskGroup) : "—"}</td>
                  <td>{t.labels.signalStatus[s.status as SignalStatus]}</td>
                  <td>{t.labels.source[s.source]}</td>
                  <td>{s.wijk ?? "—"}</td>
                  <td>
                    {s.dueAt && t.labels.deadline[s.status as SignalStatus] ? (
                      <>
                        {t.labels.deadline[s.status as SignalStatus]} {fmt(s.dueAt)}
                      </>
                    ) : (
                      "—"
                    )}
                    {s.overdue && <strong className="ml-2 text-danger">{tx.late}</strong>}
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
            {tx.countsTitle}
          </h2>
          <div className="mt-2 grid gap-6 sm:grid-cols-2">
            <div>
              <h3 className="font-semibold">{tx.bySource}</h3>
              <ul>
                {counts.bySource.map((r) => (
                  <li key={r.source}>
                    {t.labels.source[r.source]}: {r.count}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="font-semibold">{tx.byWijk}</h3>
              <ul>
                {counts.byWijk.map((r) => (
                  <li key={r.wijk}>
                    {r.wijk}: {r.count}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="font-semibold">{tx.byPartner}</h3>
              {counts.byPartner.length ? (
                <ul data-testid="counts-partner">
                  {counts.byPartner.map((r) => (
                    <li key={r.coalitionPartnerId}>
                      {r.name}: {r.count}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{tx.noPartners}</p>
              )}
            </div>
            <div>
              <h3 className="font-semibold">{tx.byOrganisation}</h3>
              {counts.byOrganisation.length ? (
                <ul data-testid="counts-organisation">
                  {counts.byOrganisation.map((r) => (
                    <li key={r.organisationId}>
                      {r.name}: {r.count}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{tx.noOrganisations}</p>
              )}
            </div>
          </div>
        </section>
      )}
    </>
  );
}
