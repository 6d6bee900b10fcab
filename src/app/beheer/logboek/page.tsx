import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";
import { requirePlatformPage } from "@/components/platform-guard";
import { getActor } from "@/server/session";
import { AppError } from "@/lib/result";
import { AuditLogView, firstValues } from "@/modules/audit/components/audit-log-view";
import { listPlatformAudit, type AuditPage } from "@/modules/audit/server/audit-log";
import { getT } from "@/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t.adminPages.platformLog.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The platform admin's log of platform actions (outside any one gemeente's own work). */
export default async function PlatformLogboekPage({ searchParams }: Props) {
  await requirePlatformPage("platform:admin", "/beheer/logboek");
  const { t } = await getT();
  const x = t.adminPages.platformLog;
  const raw = firstValues(await searchParams);
  let data: AuditPage | null = null;
  let error: string | null = null;
  try {
    data = await listPlatformAudit(await getActor(), raw);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "VALIDATION") throw e;
    error = Object.values(e.fieldErrors ?? {})[0]?.[0] ?? e.message;
  }
  return (
    <PublicPage showLogin={false}>
      <p>
        <Link href="/beheer" className="text-brand-strong">
          {x.back}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{x.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro}</p>
      <AuditLogView basePath="/beheer/logboek" exportPath="/beheer/logboek/export" data={data} error={error} raw={raw} showGemeente />
    </PublicPage>
  );
}
