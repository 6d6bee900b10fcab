"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";

/** "Uitloggen": ends this session (next-auth sign-out, CSRF-protected) and goes to the landing page. */
export function LogoutButton({ className }: { className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signOut({ callbackUrl: "/" });
      }}
      className={className ?? "rounded-md border border-ink px-3 py-1.5 font-semibold hover:bg-surface"}
    >
      {busy ? "Bezig met uitloggen…" : "Uitloggen"}
    </button>
  );
}
