import Link from "next/link";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { can } from "@/lib/auth/permissions";
import { listCampaigns } from "@/modules/campaigns/server/campaigns";
import { MAX_YEAR, MIN_YEAR, byMonth, yearFrom } from "@/modules/campaigns/schemas";
import { createCampaignAction, updateCampaignAction } from "@/modules/campaigns/actions";
import { CampaignForm } from "@/modules/campaigns/components/campaign-form";
import { DeleteCampaignButton, FillYearButton } from "@/modules/campaigns/components/campaign-buttons";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ jaar?: string | string[] }> };
export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.planPages.campaigns.title };
}

const day = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", timeZone: "UTC" });

/** The campaign year plan: one large campaign and small actions per risk group, month by month. */
export default async function CampaignsPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const year = yearFrom((await searchParams).jaar);
  const { t } = await getT();
  const x = t.planPages.campaigns;
  const page = await pageContext(gemeente, x.title, "dashboard:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const campaigns = await listCampaigns(ctx, year);
  const months = byMonth(campaigns, year);
  const manage = can(ctx.role, "coalition:manage");
  const base = `/app/${ctx.gemeente.slug}/campagnes`;

  return (
    <>
      <h1 className="text-3xl font-bold">{x.heading(year)}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(ctx.gemeente.name)}</p>
      <nav aria-label={x.otherYear} className="mt-4 flex gap-6">
        {year > MIN_YEAR ? (
          <Link className="underline" href={`${base}?jaar=${year - 1}`}>
            {x.previousYear(year - 1)}
          </Link>
        ) : null}
        {year < MAX_YEAR ? (
          <Link className="underline" href={`${base}?jaar=${year + 1}`}>
            {x.nextYear(year + 1)}
          </Link>
        ) : null}
      </nav>

      {manage ? <FillYearButton gemeenteSlug={ctx.gemeente.slug} year={year} texts={t.planPages.fillYear} /> : null}
      {campaigns.length === 0 ? <p className="mt-4">{x.empty(year)}</p> : null}

      <section aria-labelledby="per-maand" className="mt-8">
        <h2 id="per-maand" className="text-2xl font-bold">
          {x.perMonth}
        </h2>
        <ol className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {months.map(({ month, items }) => (
            <li key={month} className="rounded border border-line p-4">
              <h3 id={`maand-${month}`} className="text-xl font-bold capitalize">
                {t.labels.month[month - 1]}
              </h3>
              {items.length === 0 ? (
                <p className="mt-1">{x.nothingPlanned}</p>
              ) : (
                <ul className="mt-2 grid gap-2">
                  {items.map((c) => (
                    <li key={c.id}>
                      <a className="font-semibold underline" href={`#campagne-${c.id}`}>
                        {c.title}
                      </a>{" "}
                      ({t.labels.campaignKind[c.kind].toLowerCase()},{" "}
                      {x.range(day.format(new Date(c.startDate)), day.format(new Date(c.endDate)))})
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      {campaigns.length ? (
        <section aria-labelledby="alles" className="mt-10">
          <h2 id="alles" className="text-2xl font-bold">
            {x.allHeading(campaigns.length)}
          </h2>
          <ul className="mt-4 grid gap-4">
            {campaigns.map((c) => (
              <li key={c.id} id={`campagne-${c.id}`} className="rounded border border-line p-4">
                <p className="font-semibold text-brand-strong">
                  {t.labels.campaignKind[c.kind]} · {t.labels.campaignStatus[c.status]}
                </p>
                <h3 className="text-xl font-bold">{c.title}</h3>
                <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">{x.when}</dt>
                  <dd>
                    {x.range(
                      `${day.format(new Date(c.startDate))} ${c.startDate.slice(0, 4)}`,
                      `${day.format(new Date(c.endDate))} ${c.endDate.slice(0, 4)}`,
                    )}
                  </dd>
                  <dt className="font-semibold">{x.forWhom}</dt>
                  <dd>{c.targetGroups.map((g) => t.labels.targetGroup[g]).join(", ")}</dd>
                  {c.owner ? (
                    <>
                      <dt className="font-semibold">{x.owner}</dt>
                      <dd>{c.owner}</dd>
                    </>
                  ) : null}
                </dl>
                {c.description ? <p className="mt-2">{c.description}</p> : null}
                {manage ? (
                  <>
                    <details className="mt-3">
                      <summary className="cursor-pointer font-semibold underline" id={`wijzig-${c.id}`}>
                        {x.edit(c.title)}
                      </summary>
                      <CampaignForm
                        action={updateCampaignAction.bind(null, ctx.gemeente.slug, c.id)}
                        campaign={c}
                        year={year}
                        labelledBy={`wijzig-${c.id}`}
                        texts={t.planPages.campaignForm}
                      />
                    </details>
                    <DeleteCampaignButton gemeenteSlug={ctx.gemeente.slug} id={c.id} title={c.title} texts={t.planPages.deleteCampaign} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {manage ? (
        <section aria-labelledby="campagne-toevoegen" className="mt-10">
          <h2 id="campagne-toevoegen" className="text-2xl font-bold">
            {x.addHeading}
          </h2>
          <CampaignForm
            action={createCampaignAction.bind(null, ctx.gemeente.slug)}
            year={year}
            labelledBy="campagne-toevoegen"
            texts={t.planPages.campaignForm}
          />
        </section>
      ) : null}
    </>
  );
}
