"use client";
/**
 * "Inloggen via <gemeente>": one button per gemeente with its own OpenID Connect provider
 * (docs/decisions/0016). The form posts to next-auth's sign-in route for that provider; the CSRF
 * token next-auth asks for is fetched at the moment of submitting, so this adds almost no JavaScript.
 */
import { useState, type FormEvent } from "react";

export type GemeenteSignInOption = { id: string; name: string; domains: string[] };

export function GemeenteSignIn({ options, next }: { options: GemeenteSignInOption[]; next: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const tokenField = form.elements.namedItem("csrfToken") as HTMLInputElement;
    if (tokenField.value) return; // token set: let the browser post
    event.preventDefault();
    setBusy(form.dataset.provider ?? null);
    setFailed(false);
    try {
      const res = await fetch("/api/auth/csrf", { credentials: "same-origin" });
      tokenField.value = ((await res.json()) as { csrfToken?: string }).csrfToken ?? "";
      if (!tokenField.value) throw new Error("no token");
      form.submit();
    } catch {
      setBusy(null);
      setFailed(true);
    }
  };

  return (
    <section aria-labelledby="via-gemeente" className="mt-8 rounded-lg border border-line p-6">
      <h2 id="via-gemeente" className="text-2xl font-bold">
        Inloggen via je gemeente
      </h2>
      <p className="mt-2">Werk je bij een van deze gemeenten? Log dan in met het account van je werk.</p>
      {failed ? (
        <p role="alert" className="mt-4 font-semibold text-danger">
          Inloggen via je gemeente lukt nu niet. Probeer het over een paar minuten opnieuw.
        </p>
      ) : null}
      <ul className="mt-4 space-y-4">
        {options.map((o) => (
          <li key={o.id}>
            <form method="post" action={`/api/auth/signin/${encodeURIComponent(o.id)}`} onSubmit={onSubmit} data-provider={o.id}>
              <input type="hidden" name="csrfToken" defaultValue="" />
              <input type="hidden" name="callbackUrl" value={next} />
              <button
                type="submit"
                disabled={busy !== null}
                className="rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong disabled:cursor-wait disabled:opacity-70"
              >
                {busy === o.id ? "Bezig…" : `Inloggen via ${o.name}`}
              </button>
              <p className="mt-1 text-muted">Voor e-mailadressen op {o.domains.join(", ")}</p>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
