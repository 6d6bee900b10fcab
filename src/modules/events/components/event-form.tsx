"use client";
/** Plan or change an event. The server validates; Dutch field errors are shown on their fields. */
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { createEventAction, updateEventAction } from "../actions";
import { EVENT_KIND_LABELS, amsterdamLocalToIso, isoToAmsterdamLocal, type TEvent } from "../schemas";

const FIELDS = ["kind", "title", "location", "startsAt", "endsAt", "capacity", "description"] as const;
type Field = (typeof FIELDS)[number];

/** datetime-local gives wall time without a zone: the agenda reads it as Amsterdam time. */
const toIso = amsterdamLocalToIso;

export function EventForm({
  gemeenteSlug,
  event: existing,
  labelledBy = "bijeenkomst-plannen",
}: {
  gemeenteSlug: string;
  event?: TEvent;
  labelledBy?: string;
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
        (d) => `${d.title} is bijgewerkt.`,
      );
    else
      submit(
        form,
        () => createEventAction(gemeenteSlug, input),
        (d) => `${d.title} staat in de agenda.`,
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
        label="Soort bijeenkomst"
        options={EVENT_KIND_LABELS}
        placeholder="Kies een soort"
        defaultValue={dv.kind ?? ""}
        error={errors.kind}
      />
      {input("title", "Titel")}
      {input("location", "Plaats")}
      {input("startsAt", "Begint op", "datetime-local")}
      {input("endsAt", "Eindigt op", "datetime-local")}
      {input("capacity", "Aantal plekken", "number", true)}
      {input("description", "Korte uitleg", "text", true)}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="public" defaultChecked={existing?.public ?? false} /> Zet in de openbare agenda
      </label>
      <SubmitButton pending={pending}>{existing ? "Wijzigingen opslaan" : "Bijeenkomst plannen"}</SubmitButton>
    </form>
  );
}
