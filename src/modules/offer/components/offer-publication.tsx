"use client";
/**
 * The regisseur's buttons on /aanbod that publish an entry, take it off the public page or confirm it is still current.
 */
import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { gemeentePages } from "@/i18n/nl-gemeente-pages";
import type { ActionResult } from "@/lib/result";
import { fillMarks } from "@/lib/text/marks";

/** A button that runs one offer action, refreshes on success and announces `okMessage` or the Dutch error. */
function OfferActionButton({
  run,
  okMessage,
  statusClass,
  children,
}: {
  run: () => Promise<ActionResult<unknown>>;
  okMessage: string | null;
  statusClass: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <p className="mt-2">
      <button
        type="button"
        disabled={pending}
        className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            const result = await run();
            setMessage(result.ok ? okMessage : result.message);
            if (result.ok) router.refresh();
          })
        }
      >
        {children}
      </button>
      <span role="status" aria-live="polite" className={statusClass}>
        {message}
      </span>
    </p>
  );
}

/**
 * Put an entry on the public page, or take it off (the regisseur). One component for both states: after the
 * refresh the button switches, and the announcement of what just happened stays (same component, same state).
 */
export function OfferPublicationButton({
  gemeenteSlug,
  id,
  title,
  published,
  texts,
}: {
  gemeenteSlug: string;
  id: string;
  title: string;
  published: boolean;
  texts: (typeof gemeentePages)["offerPublication"];
}) {
  return published ? (
    <OfferActionButton
      run={async () => (await import("../actions")).unpublishOfferAction(gemeenteSlug, id)}
      okMessage={fillMarks(texts.unpublished, { title })}
      statusClass="ml-2 font-semibold"
    >
      {texts.unpublish}
      <span className="sr-only"> ({title})</span>
    </OfferActionButton>
  ) : (
    <OfferActionButton
      run={async () => (await import("../actions")).publishOfferAction(gemeenteSlug, id)}
      okMessage={null}
      statusClass="ml-2 font-semibold"
    >
      {texts.publish}
      <span className="sr-only"> ({title})</span>
    </OfferActionButton>
  );
}
