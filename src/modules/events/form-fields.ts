/**
 * The agenda forms' fields, in form order, and how each is read from the posted form: one list for
 * the server action and the browser's check (src/lib/input/form-values.ts). No zod here, so the
 * forms can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

/** Plan or change an event (EventForm). */
export const EVENT_FORM = {
  kind: "text",
  title: "text",
  location: "text",
  startsAt: "text",
  endsAt: "text",
  capacity: "text",
  description: "text",
  public: "checkbox",
} as const satisfies FormFields;

/**
 * The event form's values as the domain takes them: a datetime-local field posts wall time without
 * a zone ("2026-10-01T19:30"), which the agenda reads as Amsterdam time and stores as an ISO instant
 * ("" when empty or unreadable, which the schema refuses). `toIso` is schemas.ts's
 * amsterdamLocalToIso, passed in because schemas.ts holds zod and this file may not.
 */
export function eventInput(values: Record<string, unknown>, toIso: (local: string) => string): Record<string, unknown> {
  const iso = (v: unknown) => toIso(typeof v === "string" ? v : "");
  return { ...values, startsAt: iso(values.startsAt), endsAt: iso(values.endsAt) };
}

/** Invite groups to an event (InviteForm). */
export const INVITE_FORM = {
  partnerCircles: "checkboxes",
  entrepreneurCircles: "checkboxes",
  entrepreneurSteps: "checkboxes",
} as const satisfies FormFields;

/** Cancel an event (CancelEventForm). */
export const CANCEL_FORM = { reason: "text" } as const satisfies FormFields;

/** Close a meeting with its attendance (CloseEventForm); attended as "lid:<id>" or "gast:<id>". */
export const CLOSE_FORM = { attended: "checkboxes", walkIns: "text", organisations: "text", report: "text" } as const satisfies FormFields;

/** Register for a public event without an account (PublicRegisterForm). */
export const GUEST_FORM = { name: "text", email: "text" } as const satisfies FormFields;
