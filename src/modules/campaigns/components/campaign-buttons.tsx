"use client";
/**
 * Fill the year with the fixed moments, and delete one item. Results are announced in a live region. Their texts
 * come from the catalogue through the page (planPages.fillYear, deleteCampaign): in the HTML, not in this script.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteCampaignAction, fillYearAction } from "../actions";
import { fillMarks } from "@/lib/text/marks";

export function FillYearButton({
  gemeenteSlug,
  year,
  texts: x,
}: {
  gemeenteSlug: string;
  year: number;
  texts: Record<"button" | "alreadyThere" | "addedOne" | "addedMany", string>;
}) {
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
                  ? fillMarks(x.alreadyThere, { year: String(year) })
                  : fillMarks(r.data.added === 1 ? x.addedOne : x.addedMany, { count: String(r.data.added), year: String(year) }),
            );
            router.refresh();
          })
        }
      >
        {x.button}
      </button>
      <p role="status" aria-live="polite" className="mt-1 min-h-6 font-semibold">
        {message}
      </p>
    </div>
  );
}

export function DeleteCampaignButton({
  gemeenteSlug,
  id,
  title,
  texts: x,
}: {
  gemeenteSlug: string;
  id: string;
  title: string;
  texts: Record<"button" | "confirm" | "deleted", string>;
}) {
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
          if (!window.confirm(fillMarks(x.confirm, { title }))) return;
          startTransition(async () => {
            const r = await deleteCampaignAction(gemeenteSlug, id);
            setMessage(r.ok ? fillMarks(x.deleted, { title }) : r.message);
            router.refresh();
          });
        }}
      >
        {fillMarks(x.button, { title })}
      </button>
      <p role="status" aria-live="polite" className="mt-1 min-h-6 font-semibold">
        {message}
      </p>
    </div>
  );
}
