"use client";
/** Change one member's role in this gemeente. Their sessions end at once (server side). */
import { useState, useTransition } from "react";
import { changeRoleAction } from "../actions";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

/** Its texts come from the catalogue through ./role-form.tsx (a server component). */
export function RoleFormClient({
  gemeenteSlug,
  userId,
  userName,
  role,
  roles,
  texts: x,
}: {
  gemeenteSlug: string;
  userId: string;
  userName: string;
  role: string;
  roles: Array<{ value: string; label: string }>;
  texts: Messages["accountPages"]["roleForm"];
}) {
  const [value, setValue] = useState(role);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `rol-${userId}`;
  return (
    <form
      method="post"
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        startTransition(async () => {
          const result = await changeRoleAction(gemeenteSlug, { userId, role: value });
          setMessage(result.ok ? { ok: true, text: x.changed } : { ok: false, text: result.message });
        });
      }}
    >
      <label htmlFor={id} className="sr-only">
        {fillMarks(x.roleOf, { name: userName })}
      </label>
      <select id={id} value={value} onChange={(e) => setValue(e.target.value)} className="rounded border border-field bg-white px-2 py-1">
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending || value === role}
        className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60"
      >
        {x.save}
        <span className="sr-only"> {fillMarks(x.saveWhat, { name: userName })}</span>
      </button>
      <span role="status" aria-live="polite" className={message?.ok ? "text-brand-strong" : "text-danger"}>
        {message?.text}
      </span>
    </form>
  );
}
