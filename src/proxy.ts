/**
 * Runs before every request (Next 16 "proxy", formerly middleware):
 *
 * 1. CSRF wall for cookie-authenticated writes. Server actions are POSTs to page URLs; Next.js
 *    itself refuses a FOREIGN Origin but lets a request WITHOUT Origin through. Here every
 *    POST/PUT/PATCH/DELETE outside /api/v1 (which authenticates by API key only, never by cookie)
 *    must carry the app's own Origin, else 403 and nothing runs. Browsers always send Origin on
 *    POST, so real forms are unaffected.
 * 2. Content-Security-Policy with a fresh nonce per request (src/lib/http/csp.ts). The nonce goes
 *    on the request too: Next.js reads it from the CSP request header while rendering.
 * The other security headers (nosniff, referrer policy, HSTS, …) are static: next.config.ts.
 */
import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, createNonce } from "@/lib/http/csp";
import { isSameOrigin } from "@/lib/http/origin";
import { appUrl } from "@/lib/env";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const REFUSED = "Dit verzoek komt niet van Samenkracht zelf en is geweigerd.";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (MUTATING.has(request.method) && !pathname.startsWith("/api/v1/") && !isSameOrigin(request.headers, [appUrl()])) {
    return new NextResponse(REFUSED, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }

  const nonce = createNonce();
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === "development", https: appUrl().startsWith("https://") });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Everything except the build's static files (hashed JS/CSS, fonts, images).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
