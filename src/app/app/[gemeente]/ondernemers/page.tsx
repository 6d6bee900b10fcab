import Link from "next/link";
import { getT } from "@/i18n/server";
import { DataTable } from "@/components/data-table";
import { SelectField, TextField } from "@/components/forms/form-fields";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/result";
import { searchVestigingen } from "@/modules/engagement/server/registry";
import { findDueRelations } from "@/modules/engagement/server/vasthouden";
import { SECTORS, sectorLabel } from "@/modules/engagement/sectors";
import { STEP_LABELS, STEP_ORDER, stoppedLabel } from "@/modules/engagement/labels";
import { ActionForm } from "@/modules/engagement/components/action-form";
import { EngagementTabs, engagementContext, formatDate } from "@/modules/engagement/components/page-context";
import { vestigingFields } from "@/modules/engagement/components/fields";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.engagementPages.list.metaTitle };
}

/** The registry: search, filter, sort and pages via URL search params (a GET form: works without JS). */
export default async function RegistryPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const sp = await searchParams;
  const { t } = await getT();
  const texts = t.engagementPages.list;
  const SORT_LABELS = texts.sort;
  const { ctx, refusal } = await engagementContext(gemeente, texts.title);
  if (!ctx) return refusal;

  const stilgezet = one(sp.stilgezet) ?? one(sp.geparkeerd);
  const query = {
    q: one(sp.q),
    sector: one(sp.sector),
    wijk: one(sp.wijk),
    step: one(sp.step),
    // ?geparkeerd= is the filter's earlier name: links and bookmarks made with it still work.
    parked: stilgezet === "ja" ? true : stilgezet === "nee" ? false : undefined,
    sort: one(sp.sort),
    dir: one(sp.dir),
    page: one(sp.pagina),
    pageSize: 25,
  };
  let result;
  let searchError: string | null = null;
  try {
    result = await searchVestigingen(ctx, Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)));
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    searchError = texts.searchError;
    result = await searchVestigingen(ctx, { pageSize: 25 });
  }
  const due = await findDueRelations(ctx);
  const mayManage = can(ctx.role, "engagement:manage");
  const base = `/app/${encodeURIComponent(ctx.gemeente.slug)}/ondernemers`;
  const link = (patch: Record<string, string | undefined>) => {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, one(v)])), ...patch }))
      if (v) u.set(k, v);
    return `${base}?${u.toString()}`;
  };
  const sort = query.sort ?? "name";
  const dir = query.dir === "desc" ? "desc" : "asc";

  return (
    <>
      <h1 className="text-3xl font-bold">{texts.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{texts.intro(ctx.gemeente.name)}</p>
      <EngagementTabs slug={ctx.gemeente.slug} current="register" />

      <section aria-labelledby="aandacht" className="mt-8">
        <h2 id="aandacht" className="text-2xl font-bold">
          {texts.dueTitle(due.length)}
        </h2>
        <p className="mt-1">{texts.dueIntro}</p>
        {due.length === 0 ? (
          <p className="mt-2">{texts.dueNone}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {due.map((d) => (
              <li key={d.id}>
                <Link className="underline" prefetch={false} href={`${base}/${d.id}`}>
                  {d.name}
                </Link>{" "}
                — {t.labels.step[d.step as keyof typeof STEP_LABELS]},{" "}
                {d.lastContactAt ? texts.lastContact(formatDate(d.lastContactAt), d.weeksWithoutContact) : texts.noContact}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="zoeken" className="mt-8">
        <h2 id="zoeken" className="text-2xl font-bold">
          {texts.searchTitle}
        </h2>
        <form method="get" action={base} className="mt-4 grid gap-4 sm:grid-cols-3" aria-labelledby="zoeken">
          <TextField id="f-q" name="q" type="search" label={texts.searchName} defaultValue={query.q ?? ""} />
          <SelectField
            id="f-sector"
            name="sector"
            label={texts.sector}
            placeholder={texts.allSectors}
            options={Object.fromEntries(SECTORS.map((s) => [s.key, t.labels.sector[s.key]]))}
            defaultValue={query.sector ?? ""}
          />
          <TextField id="f-wijk" name="wijk" label={texts.wijk} defaultValue={query.wijk ?? ""} />
          <SelectField
            id="f-step"
            name="step"
            label={texts.step}
            placeholder={texts.allSteps}
            options={Object.fromEntries(STEP_ORDER.map((s) => [s, t.labels.step[s]]))}
            defaultValue={query.step ?? ""}
          />
          <SelectField
            id="f-parked"
            name="stilgezet"
            label={texts.parked}
            placeholder={texts.parkedAny}
            options={{ ja: texts.parkedOnly, nee: texts.parkedNot }}
            defaultValue={stilgezet ?? ""}
          />
          <SelectField id="f-sort" name="sort" label={texts.sortBy} options={SORT_LABELS} defaultValue={sort} />
          <SelectField
            id="f-dir"
            name="dir"
            label={texts.order}
            options={{ asc: texts.ascending, desc: texts.descending }}
            defaultValue={dir}
          />
          <div className="self-end">
            <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong">
              {texts.search}
            </button>
          </div>
        </form>
        {searchError ? (
          <p role="alert" className="mt-2 font-semibold text-danger">
            {searchError}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="lijst" className="mt-8">
        <h2 id="lijst" className="text-2xl font-bold">
          {texts.found(result.total)}
        </h2>
        {result.items.length === 0 ? (
          <p className="mt-4">{texts.none}</p>
        ) : (
          <DataTable
            scroll
            className="mt-4"
            caption={texts.caption(SORT_LABELS[sort as keyof typeof SORT_LABELS] ?? texts.captionDefault)}
            columns={[
              ...(["name", "sector", "wijk", "step", "matrixScore"] as const).map((k) => ({
                head: (
                  <Link
                    className="underline"
                    prefetch={false}
                    href={link({ sort: k, dir: sort === k && dir === "asc" ? "desc" : "asc", pagina: undefined })}
                  >
                    {SORT_LABELS[k]}
                  </Link>
                ),
                sort: sort === k ? (dir === "asc" ? ("ascending" as const) : ("descending" as const)) : undefined,
              })),
              texts.status,
            ]}
          >
            {result.items.map((v) => (
              <tr key={v.id} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  <Link className="underline" prefetch={false} href={`${base}/${v.id}`}>
                    {v.name}
                  </Link>
                </th>
                <td className="py-2 pr-4">{sectorLabel(v.sector, t.labels.sector)}</td>
                <td className="py-2 pr-4">{v.wijk ?? "—"}</td>
                <td className="py-2 pr-4">{t.labels.step[v.step]}</td>
                <td className="py-2 pr-4">{v.matrixScore}</td>
                <td className="py-2 pr-4">
                  {[
                    v.stoppedAt ? stoppedLabel(v.stoppedReason, t.labels.stopped) : null,
                    v.parkedAt ? texts.statusParked : null,
                    v.openDoubts ? texts.statusDoubt : null,
                    v.acknowledgedAt ? texts.statusAcknowledged : null,
                  ]
                    .filter(Boolean)
                    .join(", ") || "—"}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        <nav aria-label={texts.pages} className="mt-4 flex gap-4">
          {result.page > 1 ? (
            <Link className="underline" href={link({ pagina: String(result.page - 1) })}>
              {texts.previous}
            </Link>
          ) : null}
          <span>{texts.pageOf(result.page, result.pages)}</span>
          {result.page < result.pages ? (
            <Link className="underline" href={link({ pagina: String(result.page + 1) })}>
              {texts.next}
            </Link>
          ) : null}
        </nav>
      </section>

      {mayManage ? (
        <section aria-labelledby="nieuw" className="mt-10">
          <h2 id="nieuw" className="text-2xl font-bold">
            {texts.newTitle}
          </h2>
          <ActionForm kind="createVestiging" slug={ctx.gemeente.slug} label={texts.newTitle} fields={vestigingFields} />
        </section>
      ) : null}
    </>
  );
}
