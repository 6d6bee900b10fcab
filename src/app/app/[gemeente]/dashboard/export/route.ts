/** CSV export of the dashboard indicators. Checks the session and permission itself. */
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { AppError, logError, statusOf } from "@/lib/result";
import { indicatorsCsv } from "@/modules/plan/indicators-csv";
import { computeIndicators, indicatorRows } from "@/modules/plan/server/indicators";

export async function GET(_req: Request, { params }: { params: Promise<{ gemeente: string }> }) {
  try {
    const ctx = await requireTenant(await getActor(), { slug: (await params).gemeente }, "dashboard:read");
    const ind = await computeIndicators(ctx);
    const csv = indicatorsCsv(ctx.gemeente.name, indicatorRows(ind), new Date().toISOString().slice(0, 10));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="indicatoren-${ctx.gemeente.slug}.csv"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.message, { status: statusOf({ ok: false, code: error.code }) });
    logError("dashboard-export", error);
    return new Response("Er ging iets mis aan onze kant. Probeer het later opnieuw.", { status: 500 });
  }
}
