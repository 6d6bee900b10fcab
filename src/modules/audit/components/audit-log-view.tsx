/**
 * The audit log as a page section (server component, no client JavaScript; reads its texts itself): a filter form that
 * submits with GET, the table of lines, paging links and the CSV export of the same filter.
 */
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { getT } from "@/i18n/server";
import { AUDIT_GROUPS } from "../kinds";
import type { TAuditFilter, TAuditLine } from "../schemas";
import { formatWhen, type AuditPage } from "../server/audit-log";

const inputClass = "mt-1 block rounded border border-ink bg-white px-3 py-2 text-base";

function query(filter: Partial<TAuditFilter>, pagina?: number): string {
  const q = new URLSearchParams();
  if (filter.van) q.set("van", filter.van);
  if (filter.tot) q.set("tot", filter.tot);
  if (filter.persoon) q.set("persoon", filter.persoon);
  if (filter.soort) q.set("soort", filter.soort);
  if (pagina && pagina > 1) q.set("pagina", String(pagina));
  const s = q.toString();
  return s ? `?${s}` : "";
}

export async function AuditLogView(props: {
  basePath: string;
  exportPath: string;
  data: AuditPage | null;
  error: string | null;
  raw: Record<string, string>;
  showGemeente?: boolean;
}) {
  const { data, raw } = props;
  const { t } = await getT();
  const x = t.gemeentePages.auditLog;
  const f = data?.filter;
  return (
    <>
      <form method="get" action={props.basePath} className="mt-6 flex flex-wrap items-end gap-4" aria-labelledby="filter-kop">
        <h2 id="filter-kop" className="sr-only">
          {x.filterHeading}
        </h2>
        <div>
          <label htmlFor="log-van" className="font-semibold">
            {x.from}
          </label>
          <input id="log-van" name="van" type="date" defaultValue={raw.van ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="log-tot" className="font-semibold">
            {x.to}
          </label>
          <input id="log-tot" name="tot" type="date" defaultValue={raw.tot ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="log-persoon" className="font-semibold">
            {x.who}
          </label>
          <select id="log-persoon" name="persoon" defaultValue={raw.persoon ?? ""} className={inputClass}>
            <option value="">{x.everyone}</option>
            {(data?.people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="log-soort" className="font-semibold">
            {x.kind}
          </label>
          <select id="log-soort" name="soort" defaultValue={raw.soort ?? ""} className={inputClass}>
            <option value="">{x.all}</option>
            {Object.entries(AUDIT_GROUPS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
          {x.apply}
        </button>
        <Link href={props.basePath} className="py-2 text-brand-strong">
          {x.clear}
        </Link>
      </form>
      {props.error ? (
        <p role="alert" className="mt-6 font-semibold text-danger">
          {props.error}
        </p>
      ) : data ? (
        <section aria-labelledby="log-regels" className="mt-8">
          <h2 id="log-regels" className="text-2xl font-bold">
            {x.count(data.total)}
          </h2>
          <p className="mt-2">
            <a href={`${props.exportPath}${query(f ?? {})}`} className="text-brand-strong" download>
              {x.download}
            </a>
          </p>
          {data.lines.length === 0 ? (
            <p className="mt-4">{x.empty}</p>
          ) : (
            <DataTable
              scroll
              className="mt-4"
              caption={x.caption(data.page, data.pages)}
              columns={[x.when, x.who, x.what, ...(props.showGemeente ? [x.gemeente] : [])]}
            >
              {data.lines.map((l: TAuditLine) => (
                <tr key={l.id} className="border-b border-line">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={l.at}>{formatWhen(l.at)}</time>
                  </td>
                  <td className="py-2 pr-4">{l.actorName}</td>
                  <td className="py-2 pr-4">{l.text}</td>
                  {props.showGemeente ? <td className="py-2 pr-4">{l.gemeente ?? "—"}</td> : null}
                </tr>
              ))}
            </DataTable>
          )}
          {data.pages > 1 ? (
            <nav aria-label={x.pagesLabel} className="mt-4 flex gap-4">
              {data.page > 1 ? (
                <Link href={`${props.basePath}${query(f ?? {}, data.page - 1)}`} className="text-brand-strong">
                  {x.previous}
                </Link>
              ) : null}
              <span>{x.pageOf(data.page, data.pages)}</span>
              {data.page < data.pages ? (
                <Link href={`${props.basePath}${query(f ?? {}, data.page + 1)}`} className="text-brand-strong">
                  {x.next}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** Search params → plain strings (first value), for the filter parser and the form's defaults. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ["van", "tot", "persoon", "soort", "pagina"]) {
    const v = params[k];
    const s = Array.isArray(v) ? v[0] : v;
    if (typeof s === "string") out[k] = s;
  }
  return out;
}
