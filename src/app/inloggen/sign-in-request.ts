/**
 * What `signIn(provider, { redirect: false, … })` from next-auth/react does for the credentials and
 * e-mail providers, without loading next-auth/react into the login page (docs/decisions/0011): fetch a
 * CSRF token, POST the form to next-auth with `json: true`, read the error code from the returned URL.
 * bench/quality-server.ts logs in the same way over HTTP.
 */
export type SignInResult = { ok: boolean; status: number; error: string | null; url: string | null };

const AUTH_BASE = "/api/auth";

async function csrfToken(): Promise<string> {
  const res = await fetch(`${AUTH_BASE}/csrf`, { credentials: "same-origin" });
  const data = (await res.json()) as { csrfToken?: string };
  return data.csrfToken ?? "";
}

/** The error code in next-auth's answer URL (`…?error=RATE_LIMITED`), or null on success. */
export function errorFromAuthUrl(url: string | undefined, base: string): string | null {
  if (!url) return "Default";
  try {
    return new URL(url, base).searchParams.get("error");
  } catch {
    return "Default";
  }
}

export async function requestSignIn(
  provider: "credentials" | "email",
  fields: Record<string, string>,
  callbackUrl: string,
): Promise<SignInResult> {
  const path = provider === "credentials" ? `${AUTH_BASE}/callback/credentials` : `${AUTH_BASE}/signin/email`;
  try {
    const res = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), callbackUrl, json: "true" }),
    });
    const data = (await res.json().catch(() => ({}))) as { url?: string };
    const error = errorFromAuthUrl(data.url, window.location.href);
    return { ok: res.ok, status: res.status, error, url: error ? null : (data.url ?? null) };
  } catch {
    return { ok: false, status: 0, error: "Default", url: null };
  }
}
