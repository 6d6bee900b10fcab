"use client";
import { useState } from "react";
import { signOutTo } from "../sign-out";

/** "Uitloggen": ends this session (next-auth sign-out, CSRF-protected; see ../sign-out.ts) and goes to the landing page. */
export function LogoutButton({ className }: { className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOutTo("/");
      }}
      className={className ?? "rounded-md border border-ink px-3 py-1.5 font-semibold hover:bg-surface"}
    >
      {busy ? "Bezig met uitloggen…" : "Uitloggen"}
    </button>
  );
}
