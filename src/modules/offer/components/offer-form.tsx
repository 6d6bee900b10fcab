"use client";
/**
 * Add or change an entry in the support offer, in the one form pattern (src/components/forms/action-form.ts):
 * it posts to the server action with or without JavaScript; with JavaScript the browser first checks
 * it with the server's schema (ZOfferInput). Dutch field errors are shown per field.
 */
import { CheckboxGroup, FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import type { gemeentePages } from "@/i18n/nl-gemeente-pages";
import { fillMarks } from "@/lib/text/marks";
import { OFFER_EDIT_FORM, OFFER_FORM } from "../form-fields";
import { ACCESSIBILITY_LABELS, COST_KIND_LABELS, DAY_LABELS, DEGREE_LABELS, TARGET_GROUP_LABELS, type TOffer } from "../schemas";

const euros = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2).replace(".", ","));
type Field = keyof typeof OFFER_FORM;

export function OfferForm({
  action,
  offer,
  labelledBy = "aanbod-toevoegen",
  categories = {},
  texts,
}: {
  /**
   * createOfferAction bound to the gemeente by the page, or, with `offer`, updateOfferAction bound to the gemeente and
   * the offer's id (a server-bound action also posts without JavaScript).
   */
  action: FormAction<TOffer>;
  offer?: TOffer;
  labelledBy?: string;
  categories?: Record<string, string>;
  texts: (typeof gemeentePages)["offerForm"];
}) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: offer ? OFFER_EDIT_FORM : OFFER_FORM,
    schema: () => import("../schemas").then((m) => m.ZOfferInput),
    okText: (d) => fillMarks(offer ? texts.updated : texts.added, { title: d.title }),
    resetOnSuccess: !offer,
  });
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
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
      <FormStatus status={status} />
      {/* An edit keeps the entry on the public page or off it, as it is (OFFER_EDIT_FORM). */}
      {offer?.published ? <input type="hidden" name="published" value="on" /> : null}
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
