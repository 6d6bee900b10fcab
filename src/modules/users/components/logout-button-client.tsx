"use client";
import { useState } from "react";
import { signOutTo } from "../sign-out";
import type { Messages } from "@/i18n/messages";

/**
 * "Uitloggen": ends this session (next-auth sign-out, CSRF-protected; see ../sign-out.ts) and goes to the landing page.
 * Its texts come from the catalogue through ./logout-button.tsx (a server component).
 */
export function LogoutButtonClient({ className, texts: x }: { className?: string; texts: Messages["accountPages"]["logout"] }) {
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
      {busy ? x.busy : x.button}
    </button>
  );
}
