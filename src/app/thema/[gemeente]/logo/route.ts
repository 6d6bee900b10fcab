/**
 * The gemeente's logo from our own origin (docs/decisions/0018): the CSP keeps img-src 'self', no
 * visitor's browser asks another server for it. Stored bytes were checked as PNG, JPEG or WebP on
 * upload; nosniff and a sandboxing CSP make sure a browser never treats them as anything else.
 */
import { logoBySlug } from "@/modules/gemeenten/server/logo";

type Params = { params: Promise<{ gemeente: string }> };

export async function GET(req: Request, { params }: Params): Promise<Response> {
  const { gemeente } = await params;
  const logo = await logoBySlug(gemeente);
  if (!logo) return new Response("Geen logo", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const etag = `"${logo.sha256}"`;
  const headers = {
    "content-type": logo.contentType,
    // The <img> asks with ?v=<sha256>, so a changed logo is a new address; the plain address revalidates.
    "cache-control": new URL(req.url).searchParams.get("v") === logo.sha256 ? "public, max-age=31536000, immutable" : "no-cache",
    etag,
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "content-disposition": "inline",
  };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(logo.bytes), { headers });
}
