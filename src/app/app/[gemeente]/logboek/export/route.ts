/** CSV export of the gemeente's audit trail, with the page's filter. Checks the session and permission itself. */
import { getActor } from "@/server/session";
import { requireTenant } from "@/lib/auth/context";
import { AppError, logError, statusOf } from "@/lib/result";
import { toCsv } from "@/lib/csv/escape";
import { auditCsvRows, exportGemeenteAudit } from "@/modules/audit/server/audit-log";

export async function GET(req: Request, { params }: { params: Promise<{ gemeente: string }> }) {
  try {
    const ctx = await requireTenant(await getActor(), { slug: (await params).gemeente }, "audit:read");
    const lines = await exportGemeenteAudit(ctx, Object.fromEntries(new URL(req.url).searchParams));
    return new Response(toCsv(auditCsvRows(lines)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="logboek-${ctx.gemeente.slug}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError)
      return new Response(Object.values(error.fieldErrors ?? {})[0]?.[0] ?? error.message, {
        status: statusOf({ ok: false, code: error.code }),
      });
    logError("audit-export", error);
    return new Response("Er ging iets mis aan onze kant. Probeer het later opnieuw.", { status: 500 });
  }
}
