import { checkHealth } from "@/lib/http/health";
import { platformDb } from "@/lib/db/tenant";

export const dynamic = "force-dynamic";

/** GET /api/health — 200 {status:"ok",db:"ok"} or 503 {status:"degraded",db:"down"}. */
export async function GET(): Promise<Response> {
  const report = await checkHealth(() => platformDb().$queryRaw`SELECT 1`);
  return Response.json(report.body, { status: report.status, headers: { "Cache-Control": "no-store" } });
}
