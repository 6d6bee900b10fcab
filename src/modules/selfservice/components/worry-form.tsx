"use client";
/** The short "zorgen doorgeven" form; validated with the signal point's own schema (ZSignalInput). */
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { ZSignalInput, type TSignalInput } from "@/modules/signals/schemas";
import { passOnWorryAction } from "../actions";

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
type Name = "situation" | "residentName" | "wijk" | "residentContact";

export function WorryForm({ gemeenteSlug }: { gemeenteSlug: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const form = useForm<TSignalInput>({
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolver: zodResolver(ZSignalInput as any) as any,
    defaultValues: { situation: "", residentName: "", wijk: "", residentContact: "" },
    shouldFocusError: true,
  });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    start(async () => {
      const r = await passOnWorryAction(gemeenteSlug, values);
      if (!r.ok) {
        for (const [f, m] of Object.entries(r.fieldErrors ?? {})) if (m?.[0]) form.setError(f as Name, { type: "server", message: m[0] });
        setStatus({ kind: "error", text: r.message });
        return;
      }
      form.reset();
      setStatus({ kind: "ok", text: "Dank je. Je zorgen zijn doorgegeven. Iemand van de gemeente pakt het op." });
      router.refresh();
    });
  });
  const field = (name: Name, label: string, multiline = false, hint?: string) => {
    const id = `zorg-${name}`;
    const described = [hint ? `${id}-uitleg` : null, e[name] ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
    const common = { id, className: inputClass, "aria-invalid": e[name] ? true : undefined, "aria-describedby": described, ...form.register(name) };
    return (
      <div>
        <label htmlFor={id} className="font-semibold">{label}</label>
        {hint ? <p id={`${id}-uitleg`} className="text-sm text-muted">{hint}</p> : null}
        {multiline ? <textarea rows={5} {...common} /> : <input type="text" {...common} />}
        {e[name] ? <p id={`${id}-fout`} className="mt-1 text-danger">{e[name]?.message}</p> : null}
      </div>
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4">
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
      </div>
      {field("situation", "Wat is je opgevallen?", true, "Schrijf het in je eigen woorden. Je hoeft niet te zeggen of het eenzaamheid is.")}
      {field("residentName", "Naam van de klant (als je die weet)")}
      {field("wijk", "Of alleen de wijk of straat")}
      {field("residentContact", "Telefoon of adres van de klant (niet verplicht)")}
      <div>
        <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
          {pending ? "Bezig…" : "Zorgen doorgeven"}
        </button>
      </div>
    </form>
  );
}
