"use client";
/** Add or change an entry in the support offer. The server validates; its Dutch field errors are shown per field. */
import { CheckboxGroup, FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { createOfferAction, updateOfferAction } from "../actions";
import { ACCESSIBILITY_LABELS, COST_KIND_LABELS, DAY_LABELS, DEGREE_LABELS, TARGET_GROUP_LABELS, type TOffer } from "../schemas";

const FIELDS = [
  "title",
  "provider",
  "providerEmail",
  "targetGroups",
  "degrees",
  "categories",
  "wijk",
  "locationName",
  "address",
  "scheduleDays",
  "startTime",
  "endTime",
  "scheduleNote",
  "costKind",
  "costAmount",
  "cost",
  "accessibility",
  "howToJoin",
  "description",
] as const;
const euros = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2).replace(".", ","));
type Field = (typeof FIELDS)[number];

export function OfferForm({
  gemeenteSlug,
  offer,
  labelledBy = "aanbod-toevoegen",
  categories = {},
}: {
  gemeenteSlug: string;
  offer?: TOffer;
  labelledBy?: string;
  categories?: Record<string, string>;
}) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const p = offer ? `offer-${offer.id}` : "offer";
  const dv: Partial<Record<Field, string>> = offer
    ? {
        title: offer.title,
        provider: offer.provider,
        providerEmail: offer.providerEmail ?? "",
        wijk: offer.wijk ?? "",
        howToJoin: offer.howToJoin,
        cost: offer.cost,
        description: offer.description,
        locationName: offer.locationName ?? "",
        address: offer.address ?? "",
        startTime: offer.startTime ?? "",
        endTime: offer.endTime ?? "",
        scheduleNote: offer.scheduleNote,
        costKind: offer.costKind,
        costAmount: euros(offer.costCents),
      }
    : {};

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text: s, all } = readForm(event);
    const input = {
      title: s("title"),
      provider: s("provider"),
      providerEmail: s("providerEmail"),
      wijk: s("wijk"),
      howToJoin: s("howToJoin"),
      cost: s("cost"),
      description: s("description"),
      targetGroups: all("targetGroups"),
      degrees: all("degrees"),
      categories: all("categories"),
      locationName: s("locationName"),
      address: s("address"),
      scheduleDays: all("scheduleDays"),
      startTime: s("startTime"),
      endTime: s("endTime"),
      scheduleNote: s("scheduleNote"),
      costKind: s("costKind") || "ONBEKEND",
      costAmount: s("costAmount"),
      accessibility: all("accessibility"),
    };
    if (offer)
      submit(
        form,
        () => updateOfferAction(gemeenteSlug, offer.id, { ...input, published: offer.published }),
        (d) => `${d.title} is bijgewerkt.`,
      );
    else
      submit(
        form,
        () => createOfferAction(gemeenteSlug, input),
        (d) => `${d.title} is toegevoegd.`,
      );
  }

  const text = (f: Field, label: string, opts: { type?: string; optional?: boolean; inputMode?: "decimal" } = {}) => (
    <TextField
      id={`${p}-${f}`}
      name={f}
      label={label}
      type={opts.type}
      optional={opts.optional}
      inputMode={opts.inputMode}
      defaultValue={dv[f] ?? ""}
      error={errors[f]}
    />
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
      <FormStatus status={status} />
      {text("title", "Naam van de activiteit")}
      {text("provider", "Aanbieder")}
      {text("providerEmail", "E-mailadres van de aanbieder (voor de controlevraag)", { type: "email", optional: true })}
      <CheckboxGroup
        id={`${p}-targetGroups`}
        legend="Voor wie?"
        name="targetGroups"
        options={TARGET_GROUP_LABELS}
        checked={offer?.targetGroups}
        error={errors.targetGroups}
      />
      <CheckboxGroup
        id={`${p}-degrees`}
        legend="Hoe eenzaam zijn de deelnemers?"
        name="degrees"
        options={DEGREE_LABELS}
        checked={offer?.degrees}
        error={errors.degrees}
      />
      {Object.keys(categories).length > 0 && (
        <CheckboxGroup
          id={`${p}-categories`}
          legend="Bij welke hulpvragen past deze activiteit? (mag leeg blijven)"
          name="categories"
          options={categories}
          checked={offer?.categories}
          error={errors.categories}
        />
      )}
      {text("wijk", "Wijk", { optional: true })}
      {text("locationName", "Naam van de plek, bijvoorbeeld buurthuis De Brug", { optional: true })}
      {text("address", "Adres van de plek", { optional: true })}
      <CheckboxGroup
        id={`${p}-scheduleDays`}
        legend="Op welke dagen?"
        name="scheduleDays"
        options={DAY_LABELS}
        checked={offer?.scheduleDays}
        error={errors.scheduleDays}
      />
      {text("startTime", "Begintijd (uu:mm)", { type: "time", optional: true })}
      {text("endTime", "Eindtijd (uu:mm)", { type: "time", optional: true })}
      {text("scheduleNote", "Wanneer, in woorden (bijvoorbeeld: op afspraak)", { optional: true })}
      <SelectField
        id={`${p}-costKind`}
        name="costKind"
        label="Wat kost meedoen?"
        options={COST_KIND_LABELS}
        defaultValue={dv.costKind ?? "ONBEKEND"}
        error={errors.costKind}
      />
      {text("costAmount", "Bedrag in euro, als het geld kost (bijvoorbeeld 2,50)", { optional: true, inputMode: "decimal" })}
      {text("cost", "Toelichting op de kosten", { optional: true })}
      <CheckboxGroup
        id={`${p}-accessibility`}
        legend="Toegankelijkheid"
        name="accessibility"
        options={ACCESSIBILITY_LABELS}
        checked={offer?.accessibility}
        error={errors.accessibility}
      />
      {text("howToJoin", "Hoe doe je mee?")}
      {text("description", "Korte uitleg", { optional: true })}
      <SubmitButton pending={pending}>{offer ? `Wijzigingen opslaan voor ${offer.title}` : "Activiteit toevoegen"}</SubmitButton>
    </form>
  );
}
