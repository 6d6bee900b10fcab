"use client";
/**
 * Move one partner or entrepreneur to another circle, with its ambassadeur. A plain form per row
 * (select + text field + button): works with the keyboard and a screen reader, no dragging, and
 * without JavaScript (src/components/forms/action-form.ts). With JavaScript the browser first checks
 * the fields with the server's schema (ZPlacementInput, loaded at the first focus); the server checks
 * the kernteam rule; its Dutch field errors appear on the fields.
 */
import { FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import type { CoalitionCircle } from "@/generated/prisma/enums";
import type { TPartner } from "@/modules/partners";
import type { TCircleVestiging } from "../server/circles";
import { PLACE_VESTIGING_FORM, PLACEMENT_FORM } from "../form-fields";
import { CIRCLE_ORDER, COALITION_CIRCLE_LABELS } from "../schemas";
import { fillMarks } from "@/lib/text/marks";

const loadPlacementSchema = () => import("../schemas").then((m) => m.ZPlacementInput);
/** The circles in CIRCLE_ORDER, as SelectField options. */
const CIRCLE_OPTIONS = Object.fromEntries(CIRCLE_ORDER.map((c) => [c, COALITION_CIRCLE_LABELS[c]]));
/** Texts from the catalogue (coalitionPages.partners.*), passed in by the page: plain strings, {marks} filled here. */
type PlacementTexts = Record<
  "done" | "doneNone" | "formLabel" | "circle" | "notInCircle" | "ambassador" | "saveLabel" | "busy" | "save",
  string
>;
type PlaceTexts = Record<"done" | "entrepreneur" | "entrepreneurPlaceholder" | "circle" | "ambassador" | "submit", string>;
/** What either action returns (a partner or an entrepreneur, in its new circle); the status line reads only the circle. */
type Placed = TPartner | TCircleVestiging;

type Props = {
  /**
   * `action`: movePartnerAction (a partner) or placeVestigingAction (an entrepreneur), bound to the gemeente and this
   * row's id by the page (a server-bound action also posts without JavaScript).
   */
  action: FormAction<TPartner> | FormAction<TCircleVestiging>;
  kind: "partner" | "vestiging";
  /** The partner's or entrepreneur's id (for the fields' ids). */
  id: string;
  name: string;
  circle: CoalitionCircle | null;
  ambassador: string | null;
  texts: PlacementTexts;
};

export function PlacementForm({ action: bound, kind, id, name, circle, ambassador, texts: x }: Props) {
  // Both results carry the new circle; the status line reads only that.
  const action = bound as FormAction<Placed>;
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: PLACEMENT_FORM,
    schema: loadPlacementSchema,
    okText: (placed) =>
      placed.circle ? fillMarks(x.done, { name, circle: COALITION_CIRCLE_LABELS[placed.circle] }) : fillMarks(x.doneNone, { name }),
    resetOnSuccess: false,
  });
  const base = `plaats-${id}`;

  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2" aria-label={fillMarks(x.formLabel, { name })}>
      <SelectField
        id={`${base}-circle`}
        name="circle"
        label={x.circle}
        options={CIRCLE_OPTIONS}
        placeholder={kind === "vestiging" ? x.notInCircle : undefined}
        defaultValue={circle ?? ""}
        error={errors.circle}
      />
      <TextField
        id={`${base}-ambassador`}
        name="ambassador"
        label={x.ambassador}
        defaultValue={ambassador ?? ""}
        autoComplete="off"
        error={errors.ambassador}
      />
      <button
        type="submit"
        disabled={pending}
        aria-label={fillMarks(x.saveLabel, { name })}
        className="rounded bg-brand px-3 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {pending ? x.busy : x.save}
      </button>
      <div className="basis-full text-sm">
        <FormStatus status={status} />
      </div>
    </form>
  );
}

/**
 * Put an entrepreneur who is not in a circle yet into one (which one is a field of the form).
 * `action`: placeVestigingAction bound to the gemeente and a null id by the page (the form posts `vestigingId`).
 */
export function PlaceVestigingForm({
  action,
  options,
  texts: x,
}: {
  action: FormAction<TCircleVestiging>;
  options: { id: string; label: string }[];
  texts: PlaceTexts;
}) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: PLACE_VESTIGING_FORM,
    // Checks the circle and the ambassadeur; the server answers a missing choice of entrepreneur.
    schema: loadPlacementSchema,
    okText: (placed) => fillMarks(x.done, { name: placed.name }),
  });

  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="ondernemer-plaatsen">
      <FormStatus status={status} />
      <SelectField
        id="plaats-nieuw-vestigingId"
        name="vestigingId"
        label={x.entrepreneur}
        options={Object.fromEntries(options.map((o) => [o.id, o.label]))}
        placeholder={x.entrepreneurPlaceholder}
        defaultValue=""
        error={errors.vestigingId}
      />
      <SelectField
        id="plaats-nieuw-circle"
        name="circle"
        label={x.circle}
        options={CIRCLE_OPTIONS}
        defaultValue="LOKALE_COALITIE"
        error={errors.circle}
      />
      <TextField id="plaats-nieuw-ambassador" name="ambassador" label={x.ambassador} autoComplete="off" error={errors.ambassador} />
      <SubmitButton pending={pending}>{x.submit}</SubmitButton>
    </form>
  );
}
