"use client";
/** Add or change an entry in the support offer. The server validates; its Dutch field errors are shown per field. */
import { CheckboxGroup, FormStatus, SubmitButton, TextField } from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { createOfferAction, updateOfferAction } from "../actions";
import { DEGREE_LABELS, TARGET_GROUP_LABELS, type TOffer } from "../schemas";

const FIELDS = ["title", "provider", "providerEmail", "targetGroups", "degrees", "categories", "wijk", "howToJoin", "cost", "description"] as const;
type Field = (typeof FIELDS)[number];

export function OfferForm({ gemeenteSlug, offer, labelledBy = "aanbod-toevoegen", categories = {} }: { gemeenteSlug: string; offer?: TOffer; labelledBy?: string; categories?: Record<string, string> }) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const p = offer ? `offer-${offer.id}` : "offer";
  const dv: Partial<Record<Field, string>> = offer
    ? { title: offer.title, provider: offer.provider, providerEmail: offer.providerEmail ?? "", wijk: offer.wijk ?? "", howToJoin: offer.howToJoin, cost: offer.cost, description: offer.description }
    : {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text: s, all } = readForm(event);
    const input = {
      title: s("title"), provider: s("provider"), providerEmail: s("providerEmail"), wijk: s("wijk"),
      howToJoin: s("howToJoin"), cost: s("cost"), description: s("description"),
      targetGroups: all("targetGroups"), degrees: all("degrees"), categories: all("categories"),
    };
    if (offer) submit(form, () => updateOfferAction(gemeenteSlug, offer.id, { ...input, published: offer.published }), (d) => `${d.title} is bijgewerkt.`);
    else submit(form, () => createOfferAction(gemeenteSlug, input), (d) => `${d.title} is toegevoegd.`);
  }

  const text = (f: Field, label: string, opts: { type?: string; optional?: boolean } = {}) => (
    <TextField id={`${p}-${f}`} name={f} label={label} type={opts.type} optional={opts.optional} defaultValue={dv[f] ?? ""} error={errors[f]} />
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
      <FormStatus status={status} />
      {text("title", "Naam van de activiteit")}
      {text("provider", "Aanbieder")}
      {text("providerEmail", "E-mailadres van de aanbieder (voor de controlevraag)", { type: "email", optional: true })}
      <CheckboxGroup id={`${p}-targetGroups`} legend="Voor wie?" name="targetGroups" options={TARGET_GROUP_LABELS} checked={offer?.targetGroups} error={errors.targetGroups} />
      <CheckboxGroup id={`${p}-degrees`} legend="Hoe eenzaam zijn de deelnemers?" name="degrees" options={DEGREE_LABELS} checked={offer?.degrees} error={errors.degrees} />
      {Object.keys(categories).length > 0 && (
        <CheckboxGroup id={`${p}-categories`} legend="Bij welke hulpvragen past deze activiteit? (mag leeg blijven)" name="categories" options={categories} checked={offer?.categories} error={errors.categories} />
      )}
      {text("wijk", "Wijk", { optional: true })}
      {text("howToJoin", "Hoe doe je mee?")}
      {text("cost", "Kosten", { optional: true })}
      {text("description", "Korte uitleg", { optional: true })}
      <SubmitButton pending={pending}>{offer ? `Wijzigingen opslaan voor ${offer.title}` : "Activiteit toevoegen"}</SubmitButton>
    </form>
  );
}
