"use client";
/**
 * Move one partner or entrepreneur to another circle, with its ambassadeur. A plain form per row
 * (select + text field + button): works with the keyboard and a screen reader, no dragging. The
 * server checks the kernteam rule; its Dutch field errors appear on the fields.
 */
import { fieldAria, FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import type { CoalitionCircle } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/result";
import { movePartnerAction, placeVestigingAction } from "../actions";
import { CIRCLE_ORDER, COALITION_CIRCLE_LABELS } from "../schemas";
import { fillMarks } from "@/lib/text/marks";

const FIELDS = ["circle", "ambassador"] as const;
/** The circles in CIRCLE_ORDER, as SelectField options. */
const CIRCLE_OPTIONS = Object.fromEntries(CIRCLE_ORDER.map((c) => [c, COALITION_CIRCLE_LABELS[c]]));
/** Texts from the catalogue (coalitionPages.partners.*), passed in by the page: plain strings, {marks} filled here. */
type PlacementTexts = Record<
  "done" | "doneNone" | "formLabel" | "circle" | "notInCircle" | "ambassador" | "saveLabel" | "busy" | "save",
  string
>;
type PlaceTexts = Record<
  | "fallbackName"
  | "chooseError"
  | "chooseFieldError"
  | "done"
  | "entrepreneur"
  | "entrepreneurPlaceholder"
  | "circle"
  | "ambassador"
  | "submit",
  string
>;
const fieldClass = "mt-1 block w-full rounded border border-field bg-white px-2 py-1 aria-[invalid=true]:border-danger";

type Props = {
  gemeenteSlug: string;
  kind: "partner" | "vestiging";
  id: string;
  name: string;
  circle: CoalitionCircle | null;
  ambassador: string | null;
  texts: PlacementTexts;
};

export function PlacementForm({ gemeenteSlug, kind, id, name, circle, ambassador, texts: x }: Props) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const base = `plaats-${id}`;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text } = readForm(event);
    const input = { circle: text("circle"), ambassador: text("ambassador") };
    const call = async (): Promise<ActionResult<unknown>> =>
      kind === "partner" ? movePartnerAction(gemeenteSlug, id, input) : placeVestigingAction(gemeenteSlug, id, input);
    submit(form, call, () =>
      input.circle
        ? fillMarks(x.done, { name, circle: COALITION_CIRCLE_LABELS[input.circle as CoalitionCircle] })
        : fillMarks(x.doneNone, { name }),
    );
  }

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-2"
      aria-label={fillMarks(x.formLabel, { name })}
    >
      <div>
        <label htmlFor={`${base}-circle`} className="text-sm font-semibold">
          {x.circle}
        </label>
        <select
          id={`${base}-circle`}
          name="circle"
          defaultValue={circle ?? ""}
          className={fieldClass}
          {...fieldAria(`${base}-circle`, errors.circle)}
        >
          {kind === "vestiging" ? <option value="">{x.notInCircle}</option> : null}
          {CIRCLE_ORDER.map((c) => (
            <option key={c} value={c}>
              {COALITION_CIRCLE_LABELS[c]}
            </option>
          ))}
        </select>
        {errors.circle ? (
          <p id={`${base}-circle-fout`} className="mt-1 text-sm text-danger">
            {errors.circle}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${base}-ambassador`} className="text-sm font-semibold">
          {x.ambassador}
        </label>
        <input
          id={`${base}-ambassador`}
          name="ambassador"
          type="text"
          defaultValue={ambassador ?? ""}
          autoComplete="off"
          className={fieldClass}
          {...fieldAria(`${base}-ambassador`, errors.ambassador)}
        />
        {errors.ambassador ? (
          <p id={`${base}-ambassador-fout`} className="mt-1 max-w-xs text-sm text-danger">
            {errors.ambassador}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        aria-label={fillMarks(x.saveLabel, { name })}
        className="rounded bg-brand px-3 py-1 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {pending ? x.busy : x.save}
      </button>
      <p
        role="status"
        aria-live="polite"
        className={`basis-full text-sm ${status?.kind === "error" ? "text-danger" : "text-brand-strong"}`}
      >
        {status?.text}
      </p>
    </form>
  );
}

/** Put an entrepreneur who is not in a circle yet into one. */
export function PlaceVestigingForm({
  gemeenteSlug,
  options,
  texts: x,
}: {
  gemeenteSlug: string;
  options: { id: string; label: string }[];
  texts: PlaceTexts;
}) {
  const { pending, status, errors, submit } = useServerForm(["vestigingId", "circle", "ambassador"] as const);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text } = readForm(event);
    const id = text("vestigingId");
    const input = { circle: text("circle"), ambassador: text("ambassador") };
    const label = options.find((o) => o.id === id)?.label ?? x.fallbackName;
    submit(
      form,
      async () => {
        if (!id)
          return {
            ok: false as const,
            code: "VALIDATION",
            message: x.chooseError,
            fieldErrors: { vestigingId: [x.chooseFieldError] },
          };
        return placeVestigingAction(gemeenteSlug, id, input);
      },
      () => fillMarks(x.done, { name: label }),
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="ondernemer-plaatsen">
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
