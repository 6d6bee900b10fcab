"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";

/**
 * Log out through next-auth (it fetches the CSRF token itself). Without JavaScript the form falls
 * back to next-auth's own sign-out page.
 */
export function LogoutButton({ label }: { label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <form
      action="/api/auth/signout"
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void signOut({ callbackUrl: "/" });
      }}
    >
      <button
        type="submit"
        disabled={busy}
        className="rounded-md border border-brand px-3 py-1.5 text-sm font-semibold text-brand-strong hover:bg-brand-soft disabled:opacity-70"
      >
        {label}
      </button>
    </form>
  );
}
