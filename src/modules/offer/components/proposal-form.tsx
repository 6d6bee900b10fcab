"use client";
/**
 * "Een activiteit voorstellen" for entrepreneurs: the same zod schema in the browser and on the
 * server (ZActivityProposal). The gemeente reviews it before it appears in the support offer.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { proposeActivityAction } from "../actions";
import { DEGREE_LABELS, DEGREES, TARGET_GROUP_LABELS, TARGET_GROUPS, ZActivityProposal, type TActivityProposal } from "../schemas";

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
type Field = "title" | "description" | "howToJoin" | "cost" | "targetGroups" | "degrees";

export function ProposalForm({ gemeenteSlug }: { gemeenteSlug: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
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
        setStatus({ ok: true, text: `Dank je wel! De gemeente bekijkt "${result.data.title}" en zet het daarna in het aanbod.` });
        router.refresh();
        return;
      }
      for (const f of ["title", "description", "howToJoin", "cost", "targetGroups", "degrees"] as Field[]) {
        const message = result.fieldErrors?.[f]?.[0];
        if (message) setError(f, { type: "server", message }, { shouldFocus: true });
      }
      setStatus({ ok: false, text: result.message });
    });
  });
  const err = (f: Field) => (errors[f] ? <p id={`voorstel-${f}-fout`} className="mt-1 text-danger">{errors[f]?.message as string}</p> : null);
  const aria = (f: Field) => ({ "aria-invalid": errors[f] ? true : undefined, "aria-describedby": errors[f] ? `voorstel-${f}-fout` : undefined });
  const text = (f: "title" | "howToJoin" | "cost", label: string) => (
    <div>
      <label htmlFor={`voorstel-${f}`} className="font-semibold">{label}</label>
      <input id={`voorstel-${f}`} type="text" className={inputClass} {...aria(f)} {...register(f)} />
      {err(f)}
    </div>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4">
      <div role="status" aria-live="polite" className={`min-h-6 font-semibold ${status?.ok ? "text-brand-strong" : "text-danger"}`}>{status?.text}</div>
      {text("title", "Naam van de activiteit (bijvoorbeeld: koffie-ochtend)")}
      <div>
        <label htmlFor="voorstel-description" className="font-semibold">Korte uitleg (niet verplicht)</label>
        <textarea id="voorstel-description" rows={3} className={inputClass} {...aria("description")} {...register("description")} />
        {err("description")}
      </div>
      {text("howToJoin", "Hoe doet iemand mee? (waar en wanneer)")}
      {text("cost", "Kosten (niet verplicht)")}
      <fieldset aria-describedby={errors.targetGroups ? "voorstel-targetGroups-fout" : undefined}>
        <legend className="font-semibold">Voor wie?</legend>
        {TARGET_GROUPS.map((g) => (
          <div key={g} className="mt-1 flex items-center gap-2">
            <input id={`voorstel-tg-${g}`} type="checkbox" value={g} className="h-5 w-5" {...register("targetGroups")} />
            <label htmlFor={`voorstel-tg-${g}`}>{TARGET_GROUP_LABELS[g]}</label>
          </div>
        ))}
        {err("targetGroups")}
      </fieldset>
      <fieldset aria-describedby={errors.degrees ? "voorstel-degrees-fout" : undefined}>
        <legend className="font-semibold">Past bij mensen die zich zo eenzaam voelen</legend>
        {DEGREES.map((d) => (
          <div key={d} className="mt-1 flex items-center gap-2">
            <input id={`voorstel-d-${d}`} type="checkbox" value={d} className="h-5 w-5" {...register("degrees")} />
            <label htmlFor={`voorstel-d-${d}`}>{DEGREE_LABELS[d]}</label>
          </div>
        ))}
        {err("degrees")}
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
          {pending ? "Bezig…" : "Activiteit voorstellen"}
        </button>
      </div>
    </form>
  );
}

export function PublishOfferButton({ gemeenteSlug, id, title }: { gemeenteSlug: string; id: string; title: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <p className="mt-2">
      <button type="button" disabled={pending} className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            const { publishOfferAction } = await import("../actions");
            const result = await publishOfferAction(gemeenteSlug, id);
            setMessage(result.ok ? null : result.message);
            if (result.ok) router.refresh();
          })
        }>
        In het aanbod zetten<span className="sr-only"> ({title})</span>
      </button>
      <span role="status" aria-live="polite" className="ml-2 text-danger">{message}</span>
    </p>
  );
}

/** Take a published entry off the public page (the regisseur). */
export function UnpublishOfferButton({ gemeenteSlug, id, title }: { gemeenteSlug: string; id: string; title: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <p className="mt-2">
      <button type="button" disabled={pending} className="rounded border border-ink px-3 py-1 font-semibold disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            const { unpublishOfferAction } = await import("../actions");
            const result = await unpublishOfferAction(gemeenteSlug, id);
            setMessage(result.ok ? `${title} staat niet meer op de openbare pagina.` : result.message);
            if (result.ok) router.refresh();
          })
        }>
        Van de openbare pagina halen<span className="sr-only"> ({title})</span>
      </button>
      <span role="status" aria-live="polite" className="ml-2 font-semibold">{message}</span>
    </p>
  );
}
