"use client";
/**
 * Status messages that clear on the next action: every form or button on a page announces its
 * submit; the others drop their old "opgeslagen" or error message, so a message on the screen is
 * always about the last thing the person did.
 */
import { useEffect } from "react";

const EVENT = "samenkracht:action";

/** Tell the other forms on the page that a new action starts (call at submit or click). */
export function announceAction(source: string) {
  window.dispatchEvent(new CustomEvent(EVENT, { detail: source }));
}

/** Run `clear` when another form or button on the page starts an action. */
export function useClearOnOtherAction(source: string, clear: () => void) {
  useEffect(() => {
    const onAction = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== source) clear();
    };
    window.addEventListener(EVENT, onAction);
    return () => window.removeEventListener(EVENT, onAction);
  }, [source, clear]);
}
