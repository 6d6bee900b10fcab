"use client";
/**
 * Staff (AMBTENAAR/REGISSEUR): confirm or refuse an entrepreneur's claim on a known organisation. Its texts come from
 * the catalogue (selfServicePages.claimReview) through ./claim-review.tsx (a server component).
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { decideClaimAction } from "../actions";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

export type ClaimRow = {
  id: string;
  createdAt: string;
  email: string;
  name: string;
  vestiging: string;
  organisation: string;
  website: string | null;
};

export function ClaimReviewForm({
  gemeenteSlug,
  claims,
  texts: x,
}: {
  gemeenteSlug: string;
  claims: ClaimRow[];
  texts: Messages["selfServicePages"]["claimReview"];
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<string | null>(null);
  const decide = (c: ClaimRow, approve: boolean) =>
    start(async () => {
      const r = await decideClaimAction(gemeenteSlug, c.id, { approve });
      setStatus(r.ok ? fillMarks(approve ? x.confirmed : x.refused, { email: c.email }) : r.message);
      router.refresh();
    });
  return (
    <div className="mt-4">
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? <p className="font-semibold">{status}</p> : null}
      </div>
      {!claims.length ? <p>{x.none}</p> : null}
      <ul className="grid gap-4">
        {claims.map((c) => (
          <li key={c.id} className="rounded border border-line p-4">
            <p>
              <strong>{c.name}</strong> ({c.email}) {x.wantsToJoin} <strong>{c.organisation}</strong> ({c.vestiging}).
            </p>
            {c.website ? <p className="text-sm">{fillMarks(x.website, { website: c.website })}</p> : null}
            <div className="mt-2 flex flex-wrap gap-3">
              <button
                type="button"
                disabled={pending}
                className="rounded bg-brand px-4 py-2 font-semibold text-white"
                onClick={() => decide(c, true)}
              >
                {x.confirm}
              </button>
              <button
                type="button"
                disabled={pending}
                className="rounded border border-danger px-4 py-2 font-semibold text-danger"
                onClick={() => decide(c, false)}
              >
                {x.refuse}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
