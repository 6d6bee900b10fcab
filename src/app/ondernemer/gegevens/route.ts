/** GET: download everything stored about the signed-in person, as JSON (read-only, no origin needed). */
import { getActor } from "@/server/session";
import { statusOf, toFailure } from "@/lib/result";
import { exportMyData } from "@/modules/selfservice/server/own-data";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const data = await exportMyData(await getActor());
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": 'attachment; filename="mijn-gegevens-samenkracht.json"',
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    const failure = toFailure(error, "GET /ondernemer/gegevens");
    return Response.json({ code: failure.code, message: failure.message }, { status: statusOf(failure) });
  }
}
