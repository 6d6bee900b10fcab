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
 * 3. Strict-Transport-Security when APP_URL is https — here, at runtime: next.config.ts headers are
 *    fixed at build time, and the image is built without APP_URL.
 * 4. The request's own path and query in a request header (REQUEST_PATH_HEADER), so a login redirect
 *    from a layout keeps the full target URL.
 * The other security headers (nosniff, referrer policy, framing) are static: next.config.ts.
 */
import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, createNonce } from "@/lib/http/csp";
import { isSameOrigin } from "@/lib/http/origin";
import { appUrl } from "@/lib/env";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const REFUSED = "Dit verzoek komt niet van Samenkracht zelf en is geweigerd.";
export const HSTS = "max-age=63072000; includeSubDomains";

function withHsts(response: NextResponse): NextResponse {
  if (appUrl().startsWith("https://")) response.headers.set("strict-transport-security", HSTS);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (MUTATING.has(request.method) && !pathname.startsWith("/api/v1/") && !isSameOrigin(request.headers, [appUrl()])) {
    return withHsts(new NextResponse(REFUSED, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } }));
  }

  const nonce = createNonce();
  const csp = buildCsp(nonce, { dev: process.env.NODE_ENV === "development", https: appUrl().startsWith("https://") });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // The full target (path and query) for a login redirect from a layout, which cannot see the URL:
  // set here for every request, so a value sent by the client never survives.
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${request.nextUrl.search}`);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return withHsts(response);
}

export const config = {
  // Everything except the build's static files (hashed JS/CSS, fonts, images).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
