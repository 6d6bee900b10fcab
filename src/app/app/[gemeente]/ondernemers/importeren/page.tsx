import { getT } from "@/i18n/server";
import { ImportForm } from "@/modules/engagement/components/import-form";
import { EngagementTabs, engagementContext } from "@/modules/engagement/components/page-context";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.engagementPages.import.metaTitle };
}

export default async function ImportPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const texts = t.engagementPages.import;
  const { ctx, refusal } = await engagementContext(gemeente, texts.title, "engagement:manage");
  if (!ctx) return refusal;
  return (
    <>
      <h1 className="text-3xl font-bold">{texts.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{texts.intro}</p>
      <EngagementTabs slug={ctx.gemeente.slug} current="importeren" />
      <ImportForm slug={ctx.gemeente.slug} texts={t.engagementPages.importForm} />
    </>
  );
}
