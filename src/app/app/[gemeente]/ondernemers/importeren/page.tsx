import { ImportForm } from "@/modules/engagement/components/import-form";
import { EngagementTabs, engagementContext } from "@/modules/engagement/components/page-context";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata() {
  return { title: "Lijst van ondernemers inlezen (CSV) — Ondernemers" };
}

export default async function ImportPage({ params }: Props) {
  const { gemeente } = await params;
  const { ctx, refusal } = await engagementContext(gemeente, "Lijst van ondernemers inlezen (CSV)", "engagement:manage");
  if (!ctx) return refusal;
  return (
    <>
      <h1 className="text-3xl font-bold">Lijst van ondernemers inlezen (CSV)</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Zet een lijst met ondernemers in één keer in het register. Klopt er één regel niet? Dan wordt er niets ingelezen en zie je per regel
        wat je moet aanpassen.
      </p>
      <EngagementTabs slug={ctx.gemeente.slug} current="importeren" />
      <ImportForm slug={ctx.gemeente.slug} />
    </>
  );
}
