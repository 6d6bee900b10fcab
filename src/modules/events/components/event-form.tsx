"use client";
/**
 * Plan or change an event, in the one form pattern (src/components/forms/action-form.ts): it posts to
 * the server action with or without JavaScript; with JavaScript the browser first checks it with the
 * server's schema (ZEventInput). The datetime-local fields post Amsterdam wall time; the server turns
 * it into an instant (eventInput in ../form-fields.ts). Dutch field errors are shown on their fields.
 */
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { fillMarks } from "@/lib/text/marks";
import { EVENT_FORM } from "../form-fields";
import { EVENT_KIND_LABELS, isoToAmsterdamLocal, type TEvent } from "../schemas";

type Field = keyof typeof EVENT_FORM;
/** Texts from the catalogue (coalitionPages.agenda.eventForm), passed in by the page: plain strings, {name} marks filled here. */
type EventFormTexts = Record<
  | "updated"
  | "created"
  | "kind"
  | "kindPlaceholder"
  | "title"
  | "location"
  | "startsAt"
  | "endsAt"
  | "capacity"
  | "description"
  | "public"
  | "save"
  | "plan",
  string
>;

export function EventForm({
  action,
  event: existing,
  labelledBy = "bijeenkomst-plannen",
  texts: x,
}: {
  /**
   * `action`: updateEventAction bound to the gemeente and `event`'s id (an edit), or createEventAction bound to the
   * gemeente (a new event), by the page (a server-bound action also posts without JavaScript).
   */
  action: FormAction<TEvent>;
  /** The event to change; none to plan a new one. */
  event?: TEvent;
  labelledBy?: string;
  texts: EventFormTexts;
}) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: EVENT_FORM,
    schema: () => import("../schemas").then((m) => m.ZEventInput),
    okText: (d) => fillMarks(existing ? x.updated : x.created, { title: d.title }),
    resetOnSuccess: !existing,
  });
  const p = existing ? "event-edit" : "event";
  const dv: Partial<Record<Field, string>> = existing
    ? {
        kind: existing.kind,
        title: existing.title,
        location: existing.location,
        description: existing.description,
        startsAt: isoToAmsterdamLocal(existing.startsAt),
        endsAt: isoToAmsterdamLocal(existing.endsAt),
        capacity: existing.capacity === null ? "" : String(existing.capacity),
      }
    : {};

  const input = (f: Field, label: string, type = "text", optional = false) => (
    <TextField id={`${p}-${f}`} name={f} label={label} type={type} optional={optional} defaultValue={dv[f] ?? ""} error={errors[f]} />
  );

  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
      <FormStatus status={status} />
      <SelectField
        id={`${p}-kind`}
        name="kind"
        label={x.kind}
        options={EVENT_KIND_LABELS}
        placeholder={x.kindPlaceholder}
        defaultValue={dv.kind ?? ""}
        error={errors.kind}
      />
      {input("title", x.title)}
      {input("location", x.location)}
      {input("startsAt", x.startsAt, "datetime-local")}
      {input("endsAt", x.endsAt, "datetime-local")}
      {input("capacity", x.capacity, "number", true)}
      {input("description", x.description, "text", true)}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="public" defaultChecked={existing?.public ?? false} /> {x.public}
      </label>
      <SubmitButton pending={pending}>{existing ? x.save : x.plan}</SubmitButton>
    </form>
  );
}
