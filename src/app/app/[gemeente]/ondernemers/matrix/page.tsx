import { getT } from "@/i18n/server";
import { matrixCrossesOf, searchVestigingen } from "@/modules/engagement/server/registry";
import { MATRIX_CRITERIA, type MatrixCrosses } from "@/modules/engagement/matrix";
import { sectorLabel } from "@/modules/engagement/sectors";
import { MatrixTable } from "@/modules/engagement/components/matrix-table";
import { promoteToPipelineAction } from "@/modules/engagement/actions";
import { EngagementTabs, engagementContext } from "@/modules/engagement/components/page-context";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.engagementPages.matrix.metaTitle };
}

/** The shortlist matrix for relations in VOORBEREIDEN, most crosses first. */
export default async function MatrixPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const texts = t.engagementPages.matrix;
  const { ctx, refusal } = await engagementContext(gemeente, texts.title, "engagement:manage");
  if (!ctx) return refusal;
  const result = await searchVestigingen(ctx, {
    step: "VOORBEREIDEN",
    parked: false,
    stopped: false,
    sort: "matrixScore",
    dir: "desc",
    pageSize: 200,
  });
  const ids = result.items.map((v) => v.id);
  const byId = await matrixCrossesOf(ctx, ids);
  const rows = result.items.map((v) => {
    const f = byId.get(v.id);
    return {
      id: v.id,
      name: v.name,
      sector: sectorLabel(v.sector, t.labels.sector),
      crosses: Object.fromEntries(MATRIX_CRITERIA.map((c) => [c.key, !!f?.[c.key]])) as MatrixCrosses,
    };
  });
  return (
    <>
      <h1 className="text-3xl font-bold">{texts.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{texts.intro}</p>
      <EngagementTabs slug={ctx.gemeente.slug} current="matrix" />
      {rows.length === 0 ? (
        <p className="mt-6">{texts.none}</p>
      ) : (
        <MatrixTable
          slug={ctx.gemeente.slug}
          promoteAction={promoteToPipelineAction.bind(null, ctx.gemeente.slug)}
          rows={rows}
          texts={t.engagementPages.matrixTable}
          criteria={t.labels.matrixCriterion}
        />
      )}
    </>
  );
}
