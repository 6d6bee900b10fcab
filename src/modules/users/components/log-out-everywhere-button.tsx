"use client";
import { useState } from "react";
import { signOut } from "next-auth/react";
import { logOutEverywhereAction } from "../actions";
import type { Messages } from "@/i18n/messages";

/** "Overal uitloggen": ends every session of this user (all devices), then this one. */
export function LogOutEverywhereButton({ texts: x }: { texts: Messages["accountPages"]["logOutEverywhere"] }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <button
        type="button"
        disabled={busy}
        className="rounded-md border border-ink px-4 py-2 font-semibold hover:bg-surface"
        onClick={async () => {
          setBusy(true);
          const res = await logOutEverywhereAction();
          if (res.ok) await signOut({ callbackUrl: "/inloggen" });
          else {
            setBusy(false);
            setError(res.message);
          }
        }}
      >
        {busy ? x.busy : x.button}
      </button>
      {error ? (
        <p role="alert" className="mt-2 font-semibold text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
