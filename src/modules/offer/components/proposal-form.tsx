"use client";
/**
 * "Een activiteit voorstellen" for entrepreneurs: the same zod schema in the browser and on the
 * server (ZActivityProposal). The gemeente reviews it before it appears in the support offer.
 */
import { useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { FieldError, FormStatus, SubmitButton, TextArea, TextField, type TFormStatus } from "@/components/forms/form-fields";
import type { ActionResult } from "@/lib/result";
import { proposeActivityAction } from "../actions";
import { DEGREE_LABELS, DEGREES, TARGET_GROUP_LABELS, TARGET_GROUPS, ZActivityProposal, type TActivityProposal } from "../schemas";

type Field = "title" | "description" | "howToJoin" | "cost" | "targetGroups" | "degrees";

export function ProposalForm({ gemeenteSlug }: { gemeenteSlug: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<TFormStatus>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<TActivityProposal>({
    // raw: send the input as typed; the server applies the schema's transforms itself.
    resolver: zodResolver(ZActivityProposal, undefined, { raw: true }) as never,
    defaultValues: { title: "", description: "", howToJoin: "", cost: "", targetGroups: [], degrees: [] },
  });
  const onSubmit = handleSubmit((values) => {
    setStatus(null);
    startTransition(async () => {
      const result = await proposeActivityAction(gemeenteSlug, values);
      if (result.ok) {
        reset();
        setStatus({ kind: "ok", text: `Dank je wel! De gemeente bekijkt "${result.data.title}" en zet het daarna in het aanbod.` });
        router.refresh();
        return;
      }
      for (const f of ["title", "description", "howToJoin", "cost", "targetGroups", "degrees"] as Field[]) {
        const message = result.fieldErrors?.[f]?.[0];
        if (message) setError(f, { type: "server", message }, { shouldFocus: true });
      }
      setStatus({ kind: "error", text: result.message });
    });
  });
  const error = (f: Field) => errors[f]?.message as string | undefined;
  const text = (f: "title" | "howToJoin" | "cost", label: string) => (
    <TextField id={`voorstel-${f}`} label={label} error={error(f)} {...register(f)} />
  );
  const checkboxes = <V extends string>(
    f: "targetGroups" | "degrees",
    idPart: string,
    legend: string,
    values: readonly V[],
    labels: Record<V, string>,
  ) => (
    <fieldset aria-describedby={errors[f] ? `voorstel-${f}-fout` : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {values.map((v) => (
        <div key={v} className="mt-1 flex items-center gap-2">
          <input id={`voorstel-${idPart}-${v}`} type="checkbox" value={v} className="h-5 w-5" {...register(f)} />
          <label htmlFor={`voorstel-${idPart}-${v}`}>{labels[v]}</label>
        </div>
      ))}
      <FieldError id={`voorstel-${f}`} error={error(f)} />
    </fieldset>
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      {text("title", "Naam van de activiteit (bijvoorbeeld: koffie-ochtend)")}
      <TextArea
        id="voorstel-description"
        label="Korte uitleg"
        optional
        rows={3}
        error={error("description")}
        {...register("description")}
      />
      {text("howToJoin", "Hoe doet iemand mee? (waar en wanneer)")}
      {text("cost", "Kosten (niet verplicht)")}
      {checkboxes("targetGroups", "tg", "Voor wie?", TARGET_GROUPS, TARGET_GROUP_LABELS)}
      {checkboxes("degrees", "d", "Past bij mensen die zich zo eenzaam voelen", DEGREES, DEGREE_LABELS)}
      <div>
        <SubmitButton
          pending={pending}
          pendingText="Bezig…"
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
        >
          Activiteit voorstellen
        </SubmitButton>
      </div>
    </form>
  );
}

/** A button that runs one offer action, refreshes on success and announces `okMessage` or the Dutch error. */
function OfferActionButton({
  run,
  okMessage,
  statusClass,
  children,
}: {
  run: () => Promise<ActionResult<unknown>>;
  okMessage: string | null;
  statusClass: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <p className="mt-2">
      <button
        type="button"
        disabled={pending}
        className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            const result = await run();
            setMessage(result.ok ? okMessage : result.message);
            if (result.ok) router.refresh();
          })
        }
      >
        {children}
      </button>
      <span role="status" aria-live="polite" className={statusClass}>
        {message}
      </span>
    </p>
  );
}

/**
 * Put an entry on the public page, or take it off (the regisseur). One component for both states: after the
 * refresh the button switches, and the announcement of what just happened stays (same component, same state).
 */
export function OfferPublicationButton({
  gemeenteSlug,
  id,
  title,
  published,
}: {
  gemeenteSlug: string;
  id: string;
  title: string;
  published: boolean;
}) {
  return published ? (
    <OfferActionButton
      run={async () => (await import("../actions")).unpublishOfferAction(gemeenteSlug, id)}
      okMessage={`${title} staat niet meer op de openbare pagina.`}
      statusClass="ml-2 font-semibold"
    >
      Van de openbare pagina halen<span className="sr-only"> ({title})</span>
    </OfferActionButton>
  ) : (
    <OfferActionButton
      run={async () => (await import("../actions")).publishOfferAction(gemeenteSlug, id)}
      okMessage={null}
      statusClass="ml-2 font-semibold"
    >
      In het aanbod zetten<span className="sr-only"> ({title})</span>
    </OfferActionButton>
  );
}
