/** CSV export of the platform's log (platform admin), with the page's filter. */
import { getActor } from "@/server/session";
import { AppError, logError, statusOf } from "@/lib/result";
import { toCsv } from "@/lib/csv/escape";
import { auditCsvRows, exportPlatformAudit } from "@/modules/audit/server/audit-log";

export async function GET(req: Request) {
  try {
    const lines = await exportPlatformAudit(await getActor(), Object.fromEntries(new URL(req.url).searchParams));
    return new Response(toCsv(auditCsvRows(lines, true)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="logboek-platform.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError)
      return new Response(Object.values(error.fieldErrors ?? {})[0]?.[0] ?? error.message, {
        status: statusOf({ ok: false, code: error.code }),
      });
    logError("platform-audit-export", error);
    return new Response("Er ging iets mis aan onze kant. Probeer het later opnieuw.", { status: 500 });
  }
}
