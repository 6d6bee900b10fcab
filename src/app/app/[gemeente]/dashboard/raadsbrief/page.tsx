import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { buildCouncilReport } from "@/modules/plan/server/council-report";
import { resolvePeriod } from "@/modules/plan/server/signal-figures";
import { CouncilReportView } from "@/modules/plan/components/council-report-view";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ periode?: string }> };
export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.planPages.councilLetter.title };
}

/**
 * The raadsinformatiebrief as a web page: the same document as the PDF (buildCouncilReport, one
 * source), rendered by CouncilReportView with headings and real tables (caption, column and row
 * headers). The PDF is tagged with the same structure and carries the same text (decision 0017).
 */
export default async function CouncilLetterPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const period = resolvePeriod((await searchParams).periode);
  const { t } = await getT();
  const page = await pageContext(gemeente, t.planPages.councilLetter.title, "dashboard:read");
  if (!page.ctx) return page.refusal;
  const doc = await buildCouncilReport(page.ctx, period);
  const periodQuery = period.key === "12m" ? "" : `?periode=${period.key}`;
  return (
    <CouncilReportView
      doc={doc}
      action={
        <p className="mt-3 print:hidden">
          <a className="underline" href={`/app/${page.ctx.gemeente.slug}/dashboard/rapport.pdf${periodQuery}`} download>
            {t.planPages.councilLetter.downloadPdf}
          </a>
        </p>
      }
    />
  );
}
