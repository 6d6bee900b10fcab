"use client";
/**
 * Optional native drag and drop on the pipeline board (a plus on top of the "Verplaatsen" form,
 * which stays the accessible way). Dropping a card on a column opens that card's move form with
 * the target step chosen and focuses the reason field: a move always needs a reason.
 */
import { useEffect, useState } from "react";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

export function BoardDragAndDrop({ boardId, texts }: { boardId: string; texts: Messages["engagementPages"]["boardDrag"] }) {
  const [message, setMessage] = useState("");
  useEffect(() => {
    const board = document.getElementById(boardId);
    if (!board) return;
    const onDragStart = (e: DragEvent) => {
      const card = (e.target as HTMLElement).closest<HTMLElement>("[data-card-id]");
      if (card && e.dataTransfer) e.dataTransfer.setData("text/plain", card.dataset.cardId ?? "");
    };
    const onDragOver = (e: DragEvent) => {
      if ((e.target as HTMLElement).closest("[data-step]")) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const column = (e.target as HTMLElement).closest<HTMLElement>("[data-step]");
      const id = e.dataTransfer?.getData("text/plain");
      if (!column || !id) return;
      e.preventDefault();
      const card = board.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`);
      const details = card?.querySelector("details");
      if (!details) return;
      // The move form mounts when the disclosure opens (CardMoveForm): wait a few frames for it.
      details.open = true;
      const fill = (framesLeft: number) => {
        const select = details.querySelector<HTMLSelectElement>("select[name=to]");
        const reason = details.querySelector<HTMLInputElement>("input[name=reason]");
        if (!select || !reason) {
          if (framesLeft > 0) requestAnimationFrame(() => fill(framesLeft - 1));
          return;
        }
        select.value = column.dataset.step ?? "";
        select.dispatchEvent(new Event("change", { bubbles: true }));
        reason.focus();
        setMessage(fillMarks(texts.dropped, { name: card?.getAttribute("aria-label") ?? texts.someone }));
      };
      fill(30);
    };
    board.addEventListener("dragstart", onDragStart);
    board.addEventListener("dragover", onDragOver);
    board.addEventListener("drop", onDrop);
    for (const card of board.querySelectorAll<HTMLElement>("[data-card-id]")) card.draggable = true;
    return () => {
      board.removeEventListener("dragstart", onDragStart);
      board.removeEventListener("dragover", onDragOver);
      board.removeEventListener("drop", onDrop);
    };
  }, [boardId, texts]);
  return (
    <p role="status" aria-live="polite" className="sr-only">
      {message}
    </p>
  );
}
