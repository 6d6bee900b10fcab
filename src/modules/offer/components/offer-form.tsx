"use client";
/** Add or change an entry in the support offer. The server validates; its Dutch field errors are shown per field. */
import { CheckboxGroup, FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import type { gemeentePages } from "@/i18n/nl-gemeente-pages";
import { fillMarks } from "@/lib/text/marks";
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
  texts,
}: {
  gemeenteSlug: string;
  offer?: TOffer;
  labelledBy?: string;
  categories?: Record<string, string>;
  texts: (typeof gemeentePages)["offerForm"];
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
        (d) => fillMarks(texts.updated, { title: d.title }),
      );
    else
      submit(
        form,
        () => createOfferAction(gemeenteSlug, input),
        (d) => fillMarks(texts.added, { title: d.title }),
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
      {text("title", texts.title)}
      {text("provider", texts.provider)}
      {text("providerEmail", texts.providerEmail, { type: "email", optional: true })}
      <CheckboxGroup
        id={`${p}-targetGroups`}
        legend={texts.targetGroups}
        name="targetGroups"
        options={TARGET_GROUP_LABELS}
        checked={offer?.targetGroups}
        error={errors.targetGroups}
      />
      <CheckboxGroup
        id={`${p}-degrees`}
        legend={texts.degrees}
        name="degrees"
        options={DEGREE_LABELS}
        checked={offer?.degrees}
        error={errors.degrees}
      />
      {Object.keys(categories).length > 0 && (
        <CheckboxGroup
          id={`${p}-categories`}
          legend={texts.categories}
          name="categories"
          options={categories}
          checked={offer?.categories}
          error={errors.categories}
        />
      )}
      {text("wijk", texts.wijk, { optional: true })}
      {text("locationName", texts.locationName, { optional: true })}
      {text("address", texts.address, { optional: true })}
      <CheckboxGroup
        id={`${p}-scheduleDays`}
        legend={texts.scheduleDays}
        name="scheduleDays"
        options={DAY_LABELS}
        checked={offer?.scheduleDays}
        error={errors.scheduleDays}
      />
      {text("startTime", texts.startTime, { type: "time", optional: true })}
      {text("endTime", texts.endTime, { type: "time", optional: true })}
      {text("scheduleNote", texts.scheduleNote, { optional: true })}
      <SelectField
        id={`${p}-costKind`}
        name="costKind"
        label={texts.costKind}
        options={COST_KIND_LABELS}
        defaultValue={dv.costKind ?? "ONBEKEND"}
        error={errors.costKind}
      />
      {text("costAmount", texts.costAmount, { optional: true, inputMode: "decimal" })}
      {text("cost", texts.cost, { optional: true })}
      <CheckboxGroup
        id={`${p}-accessibility`}
        legend={texts.accessibility}
        name="accessibility"
        options={ACCESSIBILITY_LABELS}
        checked={offer?.accessibility}
        error={errors.accessibility}
      />
      {text("howToJoin", texts.howToJoin)}
      {text("description", texts.description, { optional: true })}
      <SubmitButton pending={pending}>{offer ? fillMarks(texts.saveChanges, { title: offer.title }) : texts.add}</SubmitButton>
    </form>
  );
}
