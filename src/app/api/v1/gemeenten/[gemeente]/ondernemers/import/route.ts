import { requireTenant } from "@/lib/auth/context";
import { API_MESSAGES, errorResponse, jsonResponse, type RouteContext } from "@/lib/http/api";
import { AppError } from "@/lib/result";
import { authenticateApiKey } from "@/modules/api-keys/server/authenticate-api-key";
import { importLonglist } from "@/modules/engagement/server/import-longlist";

/** A longlist CSV may be larger than a JSON body: 2 MB. */
const MAX_CSV_BYTES = 2 * 1024 * 1024;
const TOO_LARGE = "Het bestand is te groot. Stuur hoogstens 2 MB.";
const NOT_CSV = "Stuur het bestand als CSV (Content-Type: text/csv).";

async function readText(req: Request): Promise<string> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_CSV_BYTES) {
      await reader.cancel().catch(() => {});
      throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE, { status: 413 });
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks)).replace(/^\uFEFF/, "");
}

/**
 * POST /api/v1/gemeenten/{gemeente}/ondernemers/import — body text/csv (the longlist). All or
 * nothing: any bad line → 422 IMPORT_INVALID with fieldErrors per "regel N", nothing stored.
 * Same steps as apiRoute (key → tenant + permission → body), but the body is CSV, not JSON.
 */
export async function POST(req: Request, context: RouteContext): Promise<Response> {
  try {
    const declared = req.headers.get("content-length");
    if (declared && Number(declared) > MAX_CSV_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", TOO_LARGE, { status: 413 });
    const actor = await authenticateApiKey(req.headers.get("authorization"));
    if (actor.kind !== "apiKey") throw new AppError("UNAUTHENTICATED", API_MESSAGES.NO_KEY);
    const params = await context.params;
    if (typeof params.gemeente !== "string") throw new AppError("NOT_FOUND");
    const ctx = await requireTenant(actor, { slug: params.gemeente }, "engagement:manage");
    const type = (req.headers.get("content-type") ?? "").toLowerCase();
    if (!/^(text\/csv|text\/plain|application\/csv)\b/.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", NOT_CSV, { status: 415 });
    const result = await importLonglist(ctx, await readText(req));
    return jsonResponse({ data: result }, 201);
  } catch (error) {
    return errorResponse(error, "api POST import");
  }
}
