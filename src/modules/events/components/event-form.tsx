"use client";
/** Plan or change an event. The server validates; Dutch field errors are shown on their fields. */
import { useServerForm } from "@/components/forms/use-server-form";
import { createEventAction, updateEventAction } from "../actions";
import { EVENT_KIND_LABELS, amsterdamLocalToIso, isoToAmsterdamLocal, type TEvent } from "../schemas";

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
const FIELDS = ["kind", "title", "location", "startsAt", "endsAt", "capacity", "description"] as const;
type Field = (typeof FIELDS)[number];

/** datetime-local gives wall time without a zone: the agenda reads it as Amsterdam time. */
const toIso = amsterdamLocalToIso;

export function EventForm({ gemeenteSlug, event: existing, labelledBy = "bijeenkomst-plannen" }: { gemeenteSlug: string; event?: TEvent; labelledBy?: string }) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const p = existing ? "event-edit" : "event";
  const dv: Partial<Record<Field, string>> = existing
    ? { kind: existing.kind, title: existing.title, location: existing.location, description: existing.description, startsAt: isoToAmsterdamLocal(existing.startsAt), endsAt: isoToAmsterdamLocal(existing.endsAt), capacity: existing.capacity === null ? "" : String(existing.capacity) }
    : {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const s = (k: string) => String(fd.get(k) ?? "");
    const input = {
      kind: s("kind"), title: s("title"), location: s("location"), description: s("description"),
      startsAt: toIso(s("startsAt")), endsAt: toIso(s("endsAt")), capacity: s("capacity"), public: fd.get("public") === "on",
    };
    if (existing) submit(form, () => updateEventAction(gemeenteSlug, existing.id, input), (d) => `${d.title} is bijgewerkt.`);
    else submit(form, () => createEventAction(gemeenteSlug, input), (d) => `${d.title} staat in de agenda.`);
  }

  const err = (f: Field) => (errors[f] ? <p id={`${p}-${f}-fout`} className="mt-1 text-danger">{errors[f]}</p> : null);
  const aria = (f: Field) => ({ "aria-invalid": errors[f] ? true : undefined, "aria-describedby": errors[f] ? `${p}-${f}-fout` : undefined });
  const input = (f: Field, label: string, type = "text", optional = false) => (
    <div>
      <label htmlFor={`${p}-${f}`} className="font-semibold">{label}{optional ? " (niet verplicht)" : ""}</label>
      <input id={`${p}-${f}`} name={f} type={type} defaultValue={dv[f] ?? ""} className={inputClass} {...aria(f)} />
      {err(f)}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
      </div>
      <div>
        <label htmlFor={`${p}-kind`} className="font-semibold">Soort bijeenkomst</label>
        <select id={`${p}-kind`} name="kind" className={inputClass} defaultValue={dv.kind ?? ""} {...aria("kind")}>
          <option value="">Kies een soort</option>
          {Object.entries(EVENT_KIND_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
        {err("kind")}
      </div>
      {input("title", "Titel")}
      {input("location", "Plaats")}
      {input("startsAt", "Begint op", "datetime-local")}
      {input("endsAt", "Eindigt op", "datetime-local")}
      {input("capacity", "Aantal plekken", "number", true)}
      {input("description", "Korte uitleg", "text", true)}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="public" defaultChecked={existing?.public ?? false} /> Zet in de openbare agenda
      </label>
      <button type="submit" disabled={pending} className="justify-self-start rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {pending ? "Bezig met opslaan…" : existing ? "Wijzigingen opslaan" : "Bijeenkomst plannen"}
      </button>
    </form>
  );
}
