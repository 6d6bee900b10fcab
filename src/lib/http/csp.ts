/**
 * The Content-Security-Policy, built per request with a fresh nonce (src/proxy.ts sets it on the
 * response and on the request, where Next.js reads the nonce and puts it on its own scripts and
 * styles). No 'unsafe-inline' for scripts or styles; 'strict-dynamic' lets the nonce'd bootstrap
 * load the app's chunks. Framework-free (docs/decisions/0010-csp-nonces.md).
 */

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function buildCsp(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // React's dev build uses eval for its debugging aids; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ];
  if (opts.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}
