/**
 * The per-gemeente stylesheet: the gemeente's design tokens as CSS custom properties
 * (src/modules/gemeenten/theme.ts). A stylesheet file from our own origin, so it works under the CSP
 * (style-src 'self' + nonce; no inline style attributes, docs/decisions/0010-csp-nonces.md).
 */
import { createHash } from "node:crypto";
import { themeBySlug } from "@/modules/gemeenten/server/theme";
import { themeCss } from "@/modules/gemeenten/theme";

type Params = { params: Promise<{ gemeente: string }> };

export async function GET(req: Request, { params }: Params): Promise<Response> {
  const { gemeente } = await params;
  const theme = await themeBySlug(gemeente);
  if (!theme) return new Response("/* onbekende gemeente */\n", { status: 404, headers: { "content-type": "text/css; charset=utf-8" } });
  const css = themeCss(theme);
  // Revalidated on every use (a changed theme shows at once), answered with 304 while it is the same.
  const etag = `"${createHash("sha256").update(css).digest("base64url").slice(0, 22)}"`;
  const headers = { "content-type": "text/css; charset=utf-8", "cache-control": "no-cache", etag, "x-content-type-options": "nosniff" };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(css, { headers });
}
