import { openApiDocument } from "@/server/openapi/document";
import { errorResponse } from "@/server/api";
import { API_VERSION, API_VERSION_HEADER } from "@/lib/http/problem";

/** GET /api/v1/openapi.json — public, generated from the modules' zod schemas. */
export async function GET(): Promise<Response> {
  try {
    return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300", [API_VERSION_HEADER]: API_VERSION } });
  } catch (error) {
    return errorResponse(error, "openapi");
  }
}
