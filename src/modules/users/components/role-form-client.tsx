"use client";
/**
 * Change one member's role in this gemeente. Their sessions end at once (server side). The one form
 * pattern (src/components/forms/action-form.ts): it posts with or without JavaScript; the choice is
 * from a list, so there is nothing for the browser to check first.
 */
import { useState, useSyncExternalStore } from "react";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { FieldError, FormStatus } from "@/components/forms/form-fields";
import { ROLE_FORM } from "../form-fields";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

const noSubscription = () => () => undefined;

/** Its texts come from the catalogue through ./role-form.tsx (a server component). */
export function RoleFormClient({
  action,
  userId,
  userName,
  role,
  roles,
  texts: x,
}: {
  /** changeRoleAction bound to the gemeente by ./role-form.tsx (a server-bound action also posts without JavaScript). */
  action: FormAction<{ userId: string; role: string }>;
  userId: string;
  userName: string;
  role: string;
  roles: Array<{ value: string; label: string }>;
  texts: Messages["accountPages"]["roleForm"];
}) {
  // The list keeps the chosen role after the change (the page is not reloaded).
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: ROLE_FORM,
    okText: () => x.changed,
    resetOnSuccess: false,
  });
  const [value, setValue] = useState(role);
  // With JavaScript the button waits for another role; without it, it always posts (the same role changes nothing).
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const id = `rol-${userId}`;
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={id} className="sr-only">
        {fillMarks(x.roleOf, { name: userName })}
      </label>
      <select
        id={id}
        name="role"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-invalid={errors.role ? true : undefined}
        aria-describedby={errors.role ? `${id}-fout` : undefined}
        className="rounded border border-field bg-white px-2 py-1"
      >
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending || (hydrated && value === role)}
        className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60"
      >
        {x.save}
        <span className="sr-only"> {fillMarks(x.saveWhat, { name: userName })}</span>
      </button>
      <FieldError id={id} error={errors.role} />
      <FormStatus status={status} />
    </form>
  );
}
