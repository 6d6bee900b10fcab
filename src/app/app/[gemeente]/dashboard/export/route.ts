/** CSV export of the dashboard indicators. Checks the session and permission itself. */
import { getActor } from "@/server/session";
import { requireTenant } from "@/lib/auth/context";
import { AppError, logError, statusOf } from "@/lib/result";
import { indicatorsCsv } from "@/modules/plan/indicators-csv";
import { computeIndicators, indicatorRows } from "@/modules/plan/server/indicators";
import { themeAndVoiceCsvRows } from "@/modules/plan/server/theme-figures";

export async function GET(_req: Request, { params }: { params: Promise<{ gemeente: string }> }) {
  try {
    const ctx = await requireTenant(await getActor(), { slug: (await params).gemeente }, "dashboard:read");
    const now = new Date();
    const [ind, themes] = await Promise.all([computeIndicators(ctx, now), themeAndVoiceCsvRows(ctx, { from: null, to: now })]);
    const csv = indicatorsCsv(ctx.gemeente.name, [...indicatorRows(ind), ...themes], now.toISOString().slice(0, 10));
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
