"use client";
/**
 * For forms that the server alone validates (the regie forms: events, offer, SMART goals, budget):
 * run the server action, and on success reset the form, announce `okText` and refresh; on failure
 * put the Dutch field errors on their fields, focus the first invalid field and announce the message.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/result";
import { focusFirstInvalid } from "./focus-first";

export type FormStatus = { kind: "ok" | "error"; text: string } | null;

export function useServerForm<F extends string>(fields: readonly F[]) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<FormStatus>(null);
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});

  function submit<T>(form: HTMLFormElement, call: () => Promise<ActionResult<T>>, okText: (data: T) => string) {
    setStatus(null);
    startTransition(async () => {
      const result = await call();
      if (result.ok) {
        setErrors({});
        form.reset();
        setStatus({ kind: "ok", text: okText(result.data) });
        router.refresh();
        return;
      }
      const next: Partial<Record<F, string>> = {};
      for (const f of fields) {
        const m = result.fieldErrors?.[f]?.[0];
        if (m) next[f] = m;
      }
      setErrors(next);
      focusFirstInvalid(form, fields, next);
      setStatus({ kind: "error", text: result.message });
    });
  }

  return { pending, status, errors, submit };
}
