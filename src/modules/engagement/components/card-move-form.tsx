"use client";
/**
 * The "Verplaatsen" disclosure on a pipeline-board card. The move form is mounted only while the
 * disclosure is open: a board of 125 cards then renders 125 summaries on the server instead of 125
 * forms (issue 7: the board's HTML and render time), and the form is ActionForm's client side with
 * the move action bound here (opening the disclosure needs JavaScript; the table view's move forms
 * also post without it). Keyboard: Enter/Space on the summary opens it, then Tab.
 * Opened before the page was hydrated (a fast key press), the disclosure is already open when React
 * takes over: the form then mounts at once instead of leaving an empty disclosure.
 * The kind and the move action are loaded when a disclosure first opens, not with the page
 * (docs/decisions/0011); until then the disclosure says it is loading. The words, and the field list
 * with every step's name, come from the page in the reader's language (one object for every card).
 */
import { useEffect, useRef, useState } from "react";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import { ActionFormView, type FieldSpec } from "./action-form-view";

type Parts = typeof import("./card-move-parts");

/** What the disclosure says, made once by the page (./action-form.tsx cardMoveTexts). */
export type CardMoveTexts = {
  move: Messages["engagementPages"]["cardMove"];
  form: Messages["engagementPages"]["actionForm"];
  /** The move kind's button and success message. */
  kind: { submit: string; ok: string };
  /** The move form's fields. */
  fields: readonly FieldSpec[];
};

/** The form's parts, loaded once for all cards (a failed load may be tried again at the next opening). */
let partsLoad: Promise<Parts> | null = null;
function loadParts(): Promise<Parts> {
  return (partsLoad ??= import("./card-move-parts").catch((error: unknown) => {
    partsLoad = null;
    throw error;
  }));
}

export function CardMoveForm({
  slug,
  id,
  name,
  texts: { move: texts, form: formTexts, kind: kindTexts, fields },
}: {
  slug: string;
  id: string;
  name: string;
  /**
   * One object for every card, made once by the page: React sends an object it has sent before as a short
   * reference, so 125 cards carry one reference each instead of several (the board's answer is mostly this payload).
   */
  texts: CardMoveTexts;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [parts, setParts] = useState<Parts | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Sync once from the DOM (an external system here): opened natively before hydration.
    if (ref.current?.open) setOpen(true);
  }, []);
  useEffect(() => {
    if (!open || parts) return;
    let live = true;
    loadParts().then(
      (p) => live && setParts(p),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, parts]);
  let body = null;
  if (open && parts) {
    const action = parts.moveStepAction.bind(null, slug, id);
    body = (
      <ActionFormView
        compact
        action={action}
        kind={parts.MOVE_STEP}
        kindTexts={kindTexts}
        label={fillMarks(texts.label, { name })}
        fields={fields}
        texts={formTexts}
      />
    );
  } else if (open && failed)
    body = (
      <p role="alert" className="text-danger">
        {texts.loadFailed}
      </p>
    );
  else if (open) body = <p>{texts.loading}</p>;
  return (
    <details ref={ref} className="mt-1" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer underline">{texts.summary}</summary>
      {body}
    </details>
  );
}
