"use client";
/** Staff (AMBTENAAR/REGISSEUR): confirm or refuse an entrepreneur's claim on a known organisation. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { decideClaimAction } from "../actions";

export type ClaimRow = {
  id: string;
  createdAt: string;
  email: string;
  name: string;
  vestiging: string;
  organisation: string;
  website: string | null;
};

export function ClaimReview({ gemeenteSlug, claims }: { gemeenteSlug: string; claims: ClaimRow[] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<string | null>(null);
  const decide = (c: ClaimRow, approve: boolean) =>
    start(async () => {
      const r = await decideClaimAction(gemeenteSlug, c.id, { approve });
      setStatus(r.ok ? `${c.email}: ${approve ? "bevestigd" : "afgewezen"}.` : r.message);
      router.refresh();
    });
  return (
    <div className="mt-4">
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? <p className="font-semibold">{status}</p> : null}
      </div>
      {!claims.length ? <p>Er zijn geen open aanvragen.</p> : null}
      <ul className="grid gap-4">
        {claims.map((c) => (
          <li key={c.id} className="rounded border border-line p-4">
            <p>
              <strong>{c.name}</strong> ({c.email}) wil meedoen voor <strong>{c.organisation}</strong> ({c.vestiging}).
            </p>
            {c.website ? <p className="text-sm">Website van de organisatie: {c.website}</p> : null}
            <div className="mt-2 flex flex-wrap gap-3">
              <button
                type="button"
                disabled={pending}
                className="rounded bg-brand px-4 py-2 font-semibold text-white"
                onClick={() => decide(c, true)}
              >
                Bevestigen
              </button>
              <button
                type="button"
                disabled={pending}
                className="rounded border border-danger px-4 py-2 font-semibold text-danger"
                onClick={() => decide(c, false)}
              >
                Afwijzen
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
