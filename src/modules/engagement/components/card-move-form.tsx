"use client";
/**
 * The "Verplaatsen" disclosure on a pipeline-board card. The move form is mounted only while the
 * disclosure is open: a board of 125 cards then renders 125 summaries on the server instead of 125
 * forms (issue 7: the board's HTML and render time), and the form is the same ActionForm as before
 * (it needs JavaScript either way). Keyboard: Enter/Space on the summary opens it, then Tab.
 * Opened before the page was hydrated (a fast key press), the disclosure is already open when React
 * takes over: the form then mounts at once instead of leaving an empty disclosure.
 */
import { useEffect, useRef, useState } from "react";
import { ActionForm } from "./action-form";
import { moveFields } from "./fields";

export function CardMoveForm({ slug, id, name }: { slug: string; id: string; name: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    // Sync once from the DOM (an external system here): opened natively before hydration.
    if (ref.current?.open) setOpen(true);
  }, []);
  return (
    <details ref={ref} className="mt-1" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer underline">Verplaatsen</summary>
      {open ? <ActionForm compact kind="moveStep" slug={slug} id={id} label={`Verplaats ${name}`} fields={moveFields} /> : null}
    </details>
  );
}
