"use client";
/**
 * One-click actions on the relation page: celebrate a milestone (it then feeds the exposure list)
 * and "I sent this copied mail myself" (logged as a contact moment). Results are announced.
 */
import { useCallback, useId, useState, useTransition } from "react";
import type { Messages } from "@/i18n/messages";
import { celebrateMilestoneAction } from "../actions";
import { announceAction, useClearOnOtherAction } from "./status-bus";

type Texts = Messages["engagementPages"]["smallActions"];

function useOneClick(texts: Texts) {
  const uid = useId();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const clear = useCallback(() => setMessage(null), []);
  useClearOnOtherAction(uid, clear);
  const run = (fn: () => Promise<{ ok: boolean; message?: string }>, okText: string) =>
    startTransition(async () => {
      announceAction(uid);
      const result = await fn();
      setMessage(result.ok ? { ok: true, text: okText } : { ok: false, text: result.message ?? texts.failed });
    });
  return { pending, message, run };
}

function Status({ message }: { message: { ok: boolean; text: string } | null }) {
  return (
    <span role="status" aria-live="polite" className={`ml-2 ${message?.ok ? "text-brand-strong" : "text-danger"}`}>
      {message?.text}
    </span>
  );
}

/**
 * "Vieren" for a milestone, and what it shows once celebrated. The page renders this for every
 * milestone, celebrated or not, so after a click the refreshed list (now "(gevierd)", no button)
 * keeps this component and its announcement: the confirmation is not lost with the button.
 */
export function CelebrateMilestoneButton({
  slug,
  id,
  title,
  celebrated,
  texts,
}: {
  slug: string;
  id: string;
  title: string;
  celebrated: boolean;
  texts: Texts;
}) {
  const { pending, message, run } = useOneClick(texts);
  return (
    <span>
      {celebrated ? (
        ` ${texts.celebrated}`
      ) : (
        <button
          type="button"
          disabled={pending}
          className="ml-2 rounded border border-ink px-2 py-0.5 text-sm font-semibold disabled:opacity-60"
          onClick={() => run(() => celebrateMilestoneAction(slug, id), texts.celebratedOk)}
        >
          {texts.celebrate}
          <span className="sr-only"> ({title})</span>
        </button>
      )}
      <Status message={message} />
    </span>
  );
}
