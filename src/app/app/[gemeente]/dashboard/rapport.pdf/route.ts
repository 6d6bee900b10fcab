/** The raadsinformatiebrief as a PDF download. Checks the session and permission itself. */
import { getActor } from "@/server/session";
import { requireTenant } from "@/lib/auth/context";
import { AppError, logError, statusOf } from "@/lib/result";
import { councilReportPdf } from "@/modules/plan/server/council-report";
import { resolvePeriod } from "@/modules/plan/server/signal-figures";

export async function GET(req: Request, { params }: { params: Promise<{ gemeente: string }> }) {
  try {
    const ctx = await requireTenant(await getActor(), { slug: (await params).gemeente }, "dashboard:read");
    const now = new Date();
    const period = resolvePeriod(new URL(req.url).searchParams.get("periode"), now);
    const pdf = await councilReportPdf(ctx, period, now);
    return new Response(Buffer.from(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="raadsinformatiebrief-${ctx.gemeente.slug}-${now.toISOString().slice(0, 10)}.pdf"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError)
      return new Response(error.message, {
        status: statusOf({ ok: false, code: error.code }),
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    logError("dashboard-rapport", error);
    return new Response("Er ging iets mis aan onze kant. Probeer het later opnieuw.", {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
