/**
 * Sign out in the browser without `next-auth/react` (its client pulls ~12 KB gzip of helpers into
 * every page of the app shell). The same requests as next-auth's `signOut`: the CSRF token, then a
 * POST to /api/auth/signout, then a full page load of the callback URL.
 */
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf", { credentials: "same-origin" })).json()) as { csrfToken: string };
  const res = await fetch("/api/auth/signout", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const data = (await res.json().catch(() => ({}))) as { url?: string };
  const url = data.url ?? callbackUrl;
  window.location.href = url;
  if (url.includes("#")) window.location.reload();
}
