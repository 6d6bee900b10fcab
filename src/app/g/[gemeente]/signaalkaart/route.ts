import { publicTenant } from "@/lib/auth/context";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/result";
import { signaalkaartSize } from "@/modules/selfservice/signaalkaart-text";
import { signaalkaartPdf, worryFormUrl } from "@/modules/selfservice/server/signaalkaart";

type Params = { params: Promise<{ gemeente: string }> };

const text = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * GET /g/{gemeente}/signaalkaart?formaat=a5|a4 — public. The printable signaalkaart (A5 card, the
 * default) or poster (A4) as a PDF, with the gemeente's worry form as a QR code.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const size = signaalkaartSize(new URL(request.url).searchParams.get("formaat"));
  if (!size) return text(400, "Kies formaat a5 (kaart) of a4 (poster).");
  let ctx;
  try {
    ctx = await publicTenant((await params).gemeente);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return text(404, "Deze gemeente bestaat niet.");
    throw error;
  }
  const g = ctx.gemeente;
  const pdf = await signaalkaartPdf({ gemeenteName: g.name, url: worryFormUrl(appUrl(), g.slug), size });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="signaalkaart-${g.slug}-${size}.pdf"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
