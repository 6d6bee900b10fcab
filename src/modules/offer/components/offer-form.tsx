"use client";
/** Add or change an entry in the support offer. The server validates; its Dutch field errors are shown per field. */
import { useServerForm } from "@/components/forms/use-server-form";
import { createOfferAction, updateOfferAction } from "../actions";
import { DEGREE_LABELS, DEGREES, TARGET_GROUP_LABELS, TARGET_GROUPS, type TOffer } from "../schemas";

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
const FIELDS = ["title", "provider", "providerEmail", "targetGroups", "degrees", "wijk", "howToJoin", "cost", "description"] as const;
type Field = (typeof FIELDS)[number];

export function OfferForm({ gemeenteSlug, offer, labelledBy = "aanbod-toevoegen" }: { gemeenteSlug: string; offer?: TOffer; labelledBy?: string }) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const p = offer ? `offer-${offer.id}` : "offer";
  const dv: Partial<Record<Field, string>> = offer
    ? { title: offer.title, provider: offer.provider, providerEmail: offer.providerEmail ?? "", wijk: offer.wijk ?? "", howToJoin: offer.howToJoin, cost: offer.cost, description: offer.description }
    : {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const s = (k: string) => String(fd.get(k) ?? "");
    const input = {
      title: s("title"), provider: s("provider"), providerEmail: s("providerEmail"), wijk: s("wijk"),
      howToJoin: s("howToJoin"), cost: s("cost"), description: s("description"),
      targetGroups: fd.getAll("targetGroups").map(String), degrees: fd.getAll("degrees").map(String),
    };
    if (offer) submit(form, () => updateOfferAction(gemeenteSlug, offer.id, { ...input, published: offer.published }), (d) => `${d.title} is bijgewerkt.`);
    else submit(form, () => createOfferAction(gemeenteSlug, input), (d) => `${d.title} is toegevoegd.`);
  }

  const err = (f: Field) => (errors[f] ? <p id={`${p}-${f}-fout`} className="mt-1 text-danger">{errors[f]}</p> : null);
  const aria = (f: Field) => ({ "aria-invalid": errors[f] ? true : undefined, "aria-describedby": errors[f] ? `${p}-${f}-fout` : undefined });
  const text = (f: Field, label: string, opts: { type?: string; optional?: boolean } = {}) => (
    <div>
      <label htmlFor={`${p}-${f}`} className="font-semibold">{label}{opts.optional ? " (niet verplicht)" : ""}</label>
      <input id={`${p}-${f}`} name={f} type={opts.type ?? "text"} defaultValue={dv[f] ?? ""} className={inputClass} {...aria(f)} />
      {err(f)}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
      </div>
      {text("title", "Naam van de activiteit")}
      {text("provider", "Aanbieder")}
      {text("providerEmail", "E-mailadres van de aanbieder (voor de controlevraag)", { type: "email", optional: true })}
      <fieldset {...aria("targetGroups")}>
        <legend className="font-semibold">Voor wie?</legend>
        {TARGET_GROUPS.map((g) => (
          <label key={g} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="targetGroups" value={g} defaultChecked={offer?.targetGroups.includes(g) ?? false} /> {TARGET_GROUP_LABELS[g]}
          </label>
        ))}
        {err("targetGroups")}
      </fieldset>
      <fieldset {...aria("degrees")}>
        <legend className="font-semibold">Hoe eenzaam zijn de deelnemers?</legend>
        {DEGREES.map((d) => (
          <label key={d} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="degrees" value={d} defaultChecked={offer?.degrees.includes(d) ?? false} /> {DEGREE_LABELS[d]}
          </label>
        ))}
        {err("degrees")}
      </fieldset>
      {text("wijk", "Wijk", { optional: true })}
      {text("howToJoin", "Hoe doe je mee?")}
      {text("cost", "Kosten", { optional: true })}
      {text("description", "Korte uitleg", { optional: true })}
      <button type="submit" disabled={pending} className="justify-self-start rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {pending ? "Bezig met opslaan…" : offer ? `Wijzigingen opslaan voor ${offer.title}` : "Activiteit toevoegen"}
      </button>
    </form>
  );
}
