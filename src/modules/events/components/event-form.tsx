"use client";
/** Plan or change an event. The server validates; Dutch field errors are shown on their fields. */
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { createEventAction, updateEventAction } from "../actions";
import { EVENT_KIND_LABELS, amsterdamLocalToIso, isoToAmsterdamLocal, type TEvent } from "../schemas";
import { fillMarks } from "@/lib/text/marks";

const FIELDS = ["kind", "title", "location", "startsAt", "endsAt", "capacity", "description"] as const;
type Field = (typeof FIELDS)[number];
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

/** datetime-local gives wall time without a zone: the agenda reads it as Amsterdam time. */
const toIso = amsterdamLocalToIso;

export function EventForm({
  gemeenteSlug,
  event: existing,
  labelledBy = "bijeenkomst-plannen",
  texts: x,
}: {
  gemeenteSlug: string;
  event?: TEvent;
  labelledBy?: string;
  texts: EventFormTexts;
}) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
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

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text: s } = readForm(event);
    const input = {
      kind: s("kind"),
      title: s("title"),
      location: s("location"),
      description: s("description"),
      startsAt: toIso(s("startsAt")),
      endsAt: toIso(s("endsAt")),
      capacity: s("capacity"),
      public: s("public") === "on",
    };
    if (existing)
      submit(
        form,
        () => updateEventAction(gemeenteSlug, existing.id, input),
        (d) => fillMarks(x.updated, { title: d.title }),
      );
    else
      submit(
        form,
        () => createEventAction(gemeenteSlug, input),
        (d) => fillMarks(x.created, { title: d.title }),
      );
  }

  const input = (f: Field, label: string, type = "text", optional = false) => (
    <TextField id={`${p}-${f}`} name={f} label={label} type={type} optional={optional} defaultValue={dv[f] ?? ""} error={errors[f]} />
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
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
