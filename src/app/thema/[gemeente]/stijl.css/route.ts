/**
 * The per-gemeente stylesheet: the gemeente's design tokens as CSS custom properties
 * (src/modules/gemeenten/theme.ts). A stylesheet file from our own origin, so it works under the CSP
 * (style-src 'self' + nonce; no inline style attributes, docs/decisions/0010-csp-nonces.md).
 */
import { themeBySlug } from "@/modules/gemeenten/server/theme";
import { themeCss } from "@/modules/gemeenten/theme";

type Params = { params: Promise<{ gemeente: string }> };

export async function GET(_req: Request, { params }: Params): Promise<Response> {
  const { gemeente } = await params;
  const theme = await themeBySlug(gemeente);
  if (!theme) return new Response("/* onbekende gemeente */\n", { status: 404, headers: { "content-type": "text/css; charset=utf-8" } });
  return new Response(themeCss(theme), {
    headers: { "content-type": "text/css; charset=utf-8", "cache-control": "public, max-age=60, must-revalidate", "x-content-type-options": "nosniff" },
  });
}
