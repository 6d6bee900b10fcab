"use client";
/**
 * "Inloggen via <gemeente>": one button per gemeente with its own OpenID Connect provider
 * (docs/decisions/0016). On submit it fetches next-auth's CSRF token, posts to the provider's sign-in
 * route with `json: true` and then goes to the provider's address it gets back. A plain form post
 * cannot do this: the CSP's form-action 'self' (docs/decisions/0010) stops a form whose answer
 * redirects to another site, and the provider is another site. Almost no JavaScript.
 */
import { useState, type FormEvent } from "react";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

export type GemeenteSignInOption = { id: string; name: string; domains: string[] };

export function GemeenteSignIn({
  options,
  next,
  texts: x,
}: {
  options: GemeenteSignInOption[];
  next: string;
  /** From the catalogue (accountPages.gemeenteSignIn), handed over by the page. */
  texts: Messages["accountPages"]["gemeenteSignIn"];
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const provider = form.dataset.provider ?? "";
    setBusy(provider);
    setFailed(false);
    try {
      const csrf = await fetch("/api/auth/csrf", { credentials: "same-origin" });
      const csrfToken = ((await csrf.json()) as { csrfToken?: string }).csrfToken ?? "";
      const res = await fetch(form.action, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: next, json: "true" }),
      });
      const url = ((await res.json()) as { url?: string }).url;
      if (!res.ok || !url) throw new Error("no url");
      window.location.assign(url);
    } catch {
      setBusy(null);
      setFailed(true);
    }
  };

  return (
    <section aria-labelledby="via-gemeente" className="mt-8 rounded-lg border border-line p-6">
      <h2 id="via-gemeente" className="text-2xl font-bold">
        {x.heading}
      </h2>
      <p className="mt-2">{x.intro}</p>
      {failed ? (
        <p role="alert" className="mt-4 font-semibold text-danger">
          {x.failed}
        </p>
      ) : null}
      <ul className="mt-4 space-y-4">
        {options.map((o) => (
          <li key={o.id}>
            <form method="post" action={`/api/auth/signin/${encodeURIComponent(o.id)}`} onSubmit={onSubmit} data-provider={o.id}>
              <input type="hidden" name="callbackUrl" value={next} />
              <button
                type="submit"
                disabled={busy !== null}
                className="rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong disabled:cursor-wait disabled:opacity-70"
              >
                {busy === o.id ? x.busy : fillMarks(x.via, { gemeente: o.name })}
              </button>
              <p className="mt-1 text-muted">{fillMarks(x.domains, { domains: o.domains.join(", ") })}</p>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
