"use client";
/**
 * The "Verplaatsen" disclosure on a pipeline-board card. The move form is mounted only while the
 * disclosure is open: a board of 125 cards then renders 125 summaries on the server instead of 125
 * forms (issue 7: the board's HTML and render time), and the form is the same ActionForm as before
 * (it needs JavaScript either way). Keyboard: Enter/Space on the summary opens it, then Tab.
 * Opened before the page was hydrated (a fast key press), the disclosure is already open when React
 * takes over: the form then mounts at once instead of leaving an empty disclosure.
 * The field list (with every step label) is loaded when a disclosure first opens, not with the page
 * (docs/decisions/0011); until then the disclosure says it is loading.
 */
import { useEffect, useRef, useState } from "react";
import { lazyOnce } from "@/components/forms/lazy-schema-form";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import { ActionForm, type FieldSpec } from "./action-form";

const loadFields = lazyOnce(() => import("./fields").then((m) => m.moveFields));

export function CardMoveForm({
  slug,
  id,
  name,
  texts,
  formTexts,
}: {
  slug: string;
  id: string;
  name: string;
  texts: Messages["engagementPages"]["cardMove"];
  formTexts: Messages["engagementPages"]["actionForm"];
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<readonly FieldSpec[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Sync once from the DOM (an external system here): opened natively before hydration.
    if (ref.current?.open) setOpen(true);
  }, []);
  useEffect(() => {
    if (!open || fields) return;
    let live = true;
    loadFields().then(
      (f) => live && setFields(f),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, fields]);
  let body = null;
  if (open && fields)
    body = (
      <ActionForm compact kind="moveStep" slug={slug} id={id} label={fillMarks(texts.label, { name })} fields={fields} texts={formTexts} />
    );
  else if (open && failed)
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
