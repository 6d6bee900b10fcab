"use client";
/**
 * Form to add a coalition partner. Validates in the browser with the SAME zod schema the server
 * uses (zodResolver(ZPartnerInput)); the server action validates again and its Dutch field errors
 * are shown on the same fields. Accessible: visible labels, errors tied to fields with
 * aria-describedby, focus moves to the first invalid field, results announced in a live region.
 */
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createPartnerAction } from "../actions";
import { COALITION_CIRCLE_LABELS, PARTNER_KIND_LABELS, ZPartnerInput, type TPartnerInput } from "../schemas";
import { fillMarks } from "@/lib/text/marks";

type FieldName = "name" | "kind" | "circle" | "ambassador";
const FIELDS: FieldName[] = ["name", "kind", "circle", "ambassador"];

/** Texts from the catalogue (coalitionPages.partners.partnerForm), passed in by the page: plain strings, {name} marks filled here. */
type PartnerFormTexts = Record<
  "added" | "name" | "kind" | "kindPlaceholder" | "circle" | "circleHint" | "ambassador" | "busy" | "submit",
  string
>;

const inputClass = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

export function PartnerForm({ gemeenteSlug, texts: x }: { gemeenteSlug: string; texts: PartnerFormTexts }) {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setFocus,
    reset,
    formState: { errors },
  } = useForm<TPartnerInput, unknown, ReturnType<typeof ZPartnerInput.parse>>({
    resolver: zodResolver(ZPartnerInput),
    defaultValues: { name: "", kind: undefined, circle: "LOKALE_COALITIE", ambassador: "" },
    shouldFocusError: true,
  });

  const onSubmit = handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await createPartnerAction(gemeenteSlug, values);
      if (result.ok) {
        reset();
        setStatus({ kind: "ok", text: fillMarks(x.added, { name: result.data.name }) });
        return;
      }
      let first: FieldName | null = null;
      for (const field of FIELDS) {
        const message = result.fieldErrors?.[field]?.[0];
        if (message) {
          setError(field, { type: "server", message });
          first ??= field;
        }
      }
      if (first) setFocus(first);
      setStatus({ kind: "error", text: result.message });
    });
  });

  const describedBy = (field: FieldName, hint?: string) =>
    [hint, errors[field] ? `${field}-fout` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="partner-toevoegen">
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? (
          <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p>
        ) : null}
      </div>

      <div>
        <label htmlFor="partner-name" className="font-semibold">
          {x.name}
        </label>
        <input
          id="partner-name"
          type="text"
          autoComplete="organization"
          className={inputClass}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy("name")}
          {...register("name")}
        />
        {errors.name ? (
          <p id="name-fout" className="mt-1 text-danger">
            {errors.name.message}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor="partner-kind" className="font-semibold">
          {x.kind}
        </label>
        <select
          id="partner-kind"
          className={inputClass}
          aria-invalid={errors.kind ? true : undefined}
          aria-describedby={describedBy("kind")}
          {...register("kind")}
        >
          <option value="">{x.kindPlaceholder}</option>
          {Object.entries(PARTNER_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {errors.kind ? (
          <p id="kind-fout" className="mt-1 text-danger">
            {errors.kind.message}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor="partner-circle" className="font-semibold">
          {x.circle}
        </label>
        <select
          id="partner-circle"
          className={inputClass}
          aria-invalid={errors.circle ? true : undefined}
          aria-describedby={describedBy("circle", "circle-uitleg")}
          {...register("circle")}
        >
          {Object.entries(COALITION_CIRCLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <p id="circle-uitleg" className="mt-1 text-sm text-muted">
          {x.circleHint}
        </p>
        {errors.circle ? (
          <p id="circle-fout" className="mt-1 text-danger">
            {errors.circle.message}
          </p>
        ) : null}
      </div>

      <div>
        <label htmlFor="partner-ambassador" className="font-semibold">
          {x.ambassador}
        </label>
        <input
          id="partner-ambassador"
          type="text"
          autoComplete="name"
          className={inputClass}
          aria-invalid={errors.ambassador ? true : undefined}
          aria-describedby={describedBy("ambassador")}
          {...register("ambassador")}
        />
        {errors.ambassador ? (
          <p id="ambassador-fout" className="mt-1 text-danger">
            {errors.ambassador.message}
          </p>
        ) : null}
      </div>

      <div>
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
        >
          {pending ? x.busy : x.submit}
        </button>
      </div>
    </form>
  );
}
