import type { Metadata } from "next";
import { pageContext } from "@/components/shell/page-context";
import { getT } from "@/i18n/server";
import { AppError } from "@/lib/result";
import { AuditLogView, firstValues } from "@/modules/audit/components/audit-log-view";
import { listGemeenteAudit, type AuditPage } from "@/modules/audit/server/audit-log";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.gemeentePages.logbook.title };
}

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The gemeente's audit trail for the regisseur (audit:read): who did what when, without resident data. */
export default async function LogboekPage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const x = t.gemeentePages.logbook;
  const page = await pageContext(gemeente, x.title, "audit:read");
  if (!page.ctx) return page.refusal;
  const raw = firstValues(await searchParams);
  let data: AuditPage | null = null;
  let error: string | null = null;
  try {
    data = await listGemeenteAudit(page.ctx, raw);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "VALIDATION") throw e;
    error = Object.values(e.fieldErrors ?? {})[0]?.[0] ?? e.message;
  }
  const base = `/app/${encodeURIComponent(page.ctx.gemeente.slug)}/logboek`;
  return (
    <>
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(page.ctx.gemeente.name)}</p>
      <AuditLogView basePath={base} exportPath={`${base}/export`} data={data} error={error} raw={raw} />
    </>
  );
}
