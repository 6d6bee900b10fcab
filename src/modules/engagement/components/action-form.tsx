"use client";
/**
 * One accessible form for every engagement mutation. Each `kind` names the SAME zod schema the
 * server uses (zodResolver), its fields and the server action. Errors: per field (tied with
 * aria-describedby) and in an error summary at the top that receives focus; results are announced
 * in a live region. Works with the keyboard only (native controls, no drag and drop needed).
 */
import { useId, useState, useTransition } from "react";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/result";
import * as A from "../actions";
import * as S from "../schemas";

export type Option = readonly [value: string, label: string];
export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "textarea" | "select" | "date" | "number" | "email" | "checkboxes";
  options?: readonly Option[];
  hint?: string;
};

type Spec = {
  schema: z.ZodType;
  submit: string;
  run: (slug: string, id: string, values: Record<string, unknown>) => Promise<ActionResult<unknown>>;
  ok: string;
  reset?: boolean;
};

const SPECS = {
  createVestiging: { schema: S.ZCreateVestiging, submit: "Ondernemer toevoegen", ok: "De ondernemer is toegevoegd.", reset: true,
    run: (slug, _id, v) => A.createVestigingAction(slug, v) },
  updateVestiging: { schema: S.ZUpdateVestiging, submit: "Gegevens opslaan", ok: "De gegevens zijn opgeslagen.",
    run: (slug, id, v) => A.updateVestigingAction(slug, id, v) },
  moveStep: { schema: S.ZMoveStep, submit: "Verplaatsen", ok: "Verplaatst.", reset: true,
    run: (slug, id, v) => A.moveStepAction(slug, id, v) },
  park: { schema: S.ZReason, submit: "Parkeren", ok: "De relatie is geparkeerd.", run: (slug, id, v) => A.parkRelationAction(slug, id, v) },
  revive: { schema: S.ZReason, submit: "Weer oppakken", ok: "De relatie is weer opgepakt.", run: (slug, id, v) => A.reviveRelationAction(slug, id, v) },
  acknowledge: { schema: S.ZAcknowledge, submit: "Bevestiging vastleggen", ok: "De bevestiging is vastgelegd.",
    run: (slug, id, v) => A.recordAcknowledgementAction(slug, id, v) },
  stop: { schema: S.ZReason, submit: "Samenwerking stoppen", ok: "De samenwerking is gestopt.", run: (slug, id, v) => A.stopRelationAction(slug, id, v) },
  restart: { schema: S.ZReason, submit: "Opnieuw beginnen", ok: "De relatie begint opnieuw.", run: (slug, id, v) => A.restartRelationAction(slug, id, v) },
  contactPerson: { schema: S.ZContactPerson, submit: "Contactpersoon toevoegen", ok: "De contactpersoon is toegevoegd.", reset: true,
    run: (slug, id, v) => A.addContactPersonAction(slug, id, v) },
  contactMoment: { schema: S.ZContactMoment, submit: "Contactmoment opslaan", ok: "Het contactmoment is opgeslagen.", reset: true,
    run: (slug, id, v) => A.recordContactMomentAction(slug, id, v) },
  raiseDoubt: { schema: S.ZRaiseDoubt, submit: "Twijfel melden", ok: "De twijfel is gemeld.", reset: true,
    run: (slug, id, v) => A.raiseDoubtAction(slug, id, v) },
  closeDoubt: { schema: S.ZCloseDoubt, submit: "Besluit vastleggen", ok: "Het besluit is vastgelegd.",
    run: (slug, id, v) => A.closeDoubtAction(slug, id, v) },
  contribution: { schema: S.ZContribution, submit: "Bijdrage toevoegen", ok: "De bijdrage is toegevoegd.", reset: true,
    run: (slug, id, v) => A.addContributionAction(slug, id, v) },
  milestone: { schema: S.ZMilestone, submit: "Mijlpaal toevoegen", ok: "De mijlpaal is toegevoegd.", reset: true,
    run: (slug, id, v) => A.recordMilestoneAction(slug, id, v) },
  motives: { schema: S.ZMotivesFiveMs, submit: "Motieven opslaan", ok: "De motieven en 5 M's zijn opgeslagen.",
    run: (slug, id, v) => A.setMotivesAndFiveMsAction(slug, id, v) },
  sendMail: { schema: S.ZSendTemplateMail, submit: "Mail versturen", ok: "De mail is verstuurd.",
    run: (slug, id, v) => A.sendTemplateMailAction(slug, id, v) },
  template: { schema: S.ZMailTemplate, submit: "Sjabloon opslaan", ok: "Het sjabloon is opgeslagen.",
    run: (slug, id, v) => A.updateTemplateAction(slug, id, v) },
  proposition: { schema: S.ZPropositionItem, submit: "Toevoegen aan de propositie", ok: "Toegevoegd aan de propositie.", reset: true,
    run: (slug, _id, v) => A.addPropositionItemAction(slug, v) },
  settings: { schema: S.ZEngagementSettings, submit: "Instellingen opslaan", ok: "De instellingen zijn opgeslagen.",
    run: (slug, _id, v) => A.updateEngagementSettingsAction(slug, v) },
} satisfies Record<string, Spec>;

export type FormKind = keyof typeof SPECS;

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

/** Empty optional inputs are "not given", not an empty string or NaN. */
function emptyToUndefined(v: unknown) {
  return v === "" || (typeof v === "number" && Number.isNaN(v)) ? undefined : v;
}

export function ActionForm(props: {
  kind: FormKind;
  slug: string;
  id?: string;
  fields: readonly FieldSpec[];
  defaults?: Record<string, unknown>;
  /** Accessible name of the form (also its heading, if `title`). */
  label: string;
  submit?: string;
  compact?: boolean;
}) {
  const spec: Spec = SPECS[props.kind];
  const uid = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<FieldValues>({
    resolver: zodResolver(spec.schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: props.defaults ?? {},
  });

  const fieldId = (name: string) => `${uid}-${name}`;
  const errorOf = (name: string) => errors[name]?.message as string | undefined;
  const errorList = props.fields.filter((f) => errorOf(f.name)).map((f) => ({ name: f.name, label: f.label, message: errorOf(f.name)! }));

  const onInvalid = () => {
    setStatus({ kind: "error", text: "Controleer de velden hieronder." });
    requestAnimationFrame(() => document.getElementById(`${uid}-samenvatting`)?.focus());
  };
  const onSubmit = handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await spec.run(props.slug, props.id ?? "", values);
      if (result.ok) {
        if (spec.reset) reset(props.defaults ?? {});
        setStatus({ kind: "ok", text: spec.ok });
        router.refresh();
        return;
      }
      for (const f of props.fields) {
        const message = result.fieldErrors?.[f.name]?.[0];
        if (message) setError(f.name, { type: "server", message });
      }
      setStatus({ kind: "error", text: result.message });
      requestAnimationFrame(() => document.getElementById(`${uid}-samenvatting`)?.focus());
    });
  }, onInvalid);

  return (
    <form onSubmit={onSubmit} noValidate aria-label={props.label} className={props.compact ? "grid gap-2" : "mt-4 grid max-w-xl gap-4"}>
      <div id={`${uid}-samenvatting`} tabIndex={-1} aria-live="polite" role="status" className="min-h-6 outline-none">
        {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
        {errorList.length > 0 ? (
          <ul className="mt-1 list-disc pl-5 text-danger">
            {errorList.map((e) => (
              <li key={e.name}>
                <a href={`#${fieldId(e.name)}`} className="underline">{e.label}: {e.message}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {props.fields.map((f) => {
        const id = fieldId(f.name);
        const err = errorOf(f.name);
        const describedBy = [f.hint ? `${id}-uitleg` : null, err ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
        const common = { id, className: inputClass, "aria-invalid": err ? true : undefined, "aria-describedby": describedBy };
        let control;
        if (f.type === "checkboxes") {
          control = (
            <fieldset aria-describedby={describedBy}>
              <legend className="font-semibold">{f.label}</legend>
              <div className="flex flex-wrap gap-4">
                {f.options?.map(([value, label]) => (
                  <label key={value} className="flex items-center gap-2">
                    <input type="checkbox" value={value} {...register(f.name)} /> {label}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        } else if (f.type === "select") {
          control = (
            <select {...common} {...register(f.name, { setValueAs: emptyToUndefined })}>
              <option value="">Kies…</option>
              {f.options?.map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          );
        } else if (f.type === "textarea") {
          control = <textarea rows={3} {...common} {...register(f.name)} />;
        } else if (f.type === "number") {
          control = <input type="number" inputMode="numeric" {...common} {...register(f.name, { valueAsNumber: true, setValueAs: undefined })} />;
        } else {
          control = <input type={f.type ?? "text"} {...common}
            {...register(f.name, f.type === "date" ? { setValueAs: emptyToUndefined } : {})} />;
        }
        return (
          <div key={f.name} id={f.type === "checkboxes" ? id : undefined}>
            {f.type === "checkboxes" ? null : <label htmlFor={id} className="font-semibold">{f.label}</label>}
            {control}
            {f.hint ? <p id={`${id}-uitleg`} className="mt-1 text-sm text-muted">{f.hint}</p> : null}
            {err ? <p id={`${id}-fout`} className="mt-1 text-danger">{err}</p> : null}
          </div>
        );
      })}
      <div>
        <button type="submit" disabled={pending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
          {pending ? "Bezig…" : (props.submit ?? spec.submit)}
        </button>
      </div>
    </form>
  );
}
