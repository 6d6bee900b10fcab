"use client";
import { useState, useTransition } from "react";
import { confirmOfferAction } from "../actions";
import { fillMarks } from "@/lib/text/marks";

/** The provider confirms with a button (a POST), so link scanners in mail clients confirm nothing. */
export function ConfirmOfferButton({ token, texts }: { token: string; texts: Record<"submit" | "busy" | "done", string> }) {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  return (
    <div className="mt-6">
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? (
          <p className={status.kind === "ok" ? "text-lg font-semibold text-brand-strong" : "text-lg font-semibold text-danger"}>
            {status.text}
          </p>
        ) : null}
      </div>
      {status?.kind === "ok" ? null : (
        <button
          type="button"
          disabled={pending}
          className="mt-2 rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
          onClick={() =>
            startTransition(async () => {
              const r = await confirmOfferAction(token);
              setStatus(
                r.ok
                  ? {
                      kind: "ok",
                      text: fillMarks(texts.done, { title: r.data.title, gemeente: r.data.gemeenteName }),
                    }
                  : { kind: "error", text: r.message },
              );
            })
          }
        >
          {pending ? texts.busy : texts.submit}
        </button>
      )}
    </div>
  );
}
