/** Public .ics calendar feed of a gemeente's public events. No login; public fields only. */
import { publicTenant } from "@/lib/auth/context";
import { AppError, logError } from "@/lib/result";
import { appUrl } from "@/lib/env";
import { listPublicEvents } from "@/modules/events/server/events";
import { buildIcs } from "@/modules/events/ics";

export async function GET(_req: Request, { params }: { params: Promise<{ gemeente: string }> }) {
  try {
    const ctx = await publicTenant((await params).gemeente);
    const events = await listPublicEvents(ctx);
    const body = buildIcs({ gemeenteName: ctx.gemeente.name, host: new URL(appUrl()).host, events });
    return new Response(body, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `inline; filename="agenda-${ctx.gemeente.slug}.ics"`,
        "cache-control": "public, max-age=300",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return new Response("Deze gemeente bestaat niet.", { status: 404 });
    logError("ics", error);
    return new Response("Er ging iets mis aan onze kant. Probeer het later opnieuw.", { status: 500 });
  }
}
