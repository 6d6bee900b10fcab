"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { cancelRegistrationAction, registerForEventAction } from "../actions";
import { fillMarks } from "@/lib/text/marks";

/** Texts from the catalogue (coalitionPages.agenda.registerButton), passed in by the page: plain strings, {name} marks filled here. */
type RegisterButtonTexts = Record<"registered" | "unregistered" | "register" | "unregister", string>;

/** Register for (or cancel) one event; the result is announced in a live region. */
export function RegisterButton({
  gemeenteSlug,
  eventId,
  title,
  registered,
  texts: x,
}: {
  gemeenteSlug: string;
  eventId: string;
  title: string;
  registered: boolean;
  texts: RegisterButtonTexts;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="mt-3">
      <button
        type="button"
        disabled={pending}
        className={
          registered
            ? "rounded border border-brand px-4 py-2 font-semibold text-brand-strong disabled:opacity-70"
            : "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
        }
        onClick={() =>
          startTransition(async () => {
            const r = registered
              ? await cancelRegistrationAction(gemeenteSlug, eventId)
              : await registerForEventAction(gemeenteSlug, eventId);
            setMessage(r.ok ? (registered ? x.unregistered : x.registered) : r.message);
            router.refresh();
          })
        }
      >
        {fillMarks(registered ? x.unregister : x.register, { title })}
      </button>
      <p role="status" aria-live="polite" className="mt-1 min-h-6 font-semibold">
        {message}
      </p>
    </div>
  );
}
