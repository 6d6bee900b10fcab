"use client";
/** Fill the year with the fixed moments, and delete one item. Results are announced in a live region. */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteCampaignAction, fillYearAction } from "../actions";

export function FillYearButton({ gemeenteSlug, year }: { gemeenteSlug: string; year: number }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="mt-4">
      <button
        type="button"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
        onClick={() =>
          startTransition(async () => {
            const r = await fillYearAction(gemeenteSlug, year);
            setMessage(
              !r.ok
                ? r.message
                : r.data.added === 0
                  ? `De vaste momenten van ${year} staan er al in.`
                  : `${r.data.added} vaste ${r.data.added === 1 ? "moment" : "momenten"} toegevoegd aan ${year}.`,
            );
            router.refresh();
          })
        }
      >
        Vul het jaar met vaste momenten
      </button>
      <p role="status" aria-live="polite" className="mt-1 min-h-6 font-semibold">
        {message}
      </p>
    </div>
  );
}

export function DeleteCampaignButton({ gemeenteSlug, id, title }: { gemeenteSlug: string; id: string; title: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="mt-2">
      <button
        type="button"
        disabled={pending}
        className="rounded border border-danger px-3 py-1 font-semibold text-danger disabled:opacity-70"
        onClick={() => {
          if (!window.confirm(`${title} uit het jaarplan halen?`)) return;
          startTransition(async () => {
            const r = await deleteCampaignAction(gemeenteSlug, id);
            setMessage(r.ok ? `${title} is uit het jaarplan gehaald.` : r.message);
            router.refresh();
          });
        }}
      >
        Verwijder {title}
      </button>
      <p role="status" aria-live="polite" className="mt-1 min-h-6 font-semibold">
        {message}
      </p>
    </div>
  );
}
