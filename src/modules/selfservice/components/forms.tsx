"use client";
/**
 * The entrepreneur's forms. Each validates in the browser with the SAME zod schema the server uses
 * (zodResolver); the server action validates again and its Dutch field errors land on the same
 * fields. Visible labels, errors tied with aria-describedby, results in a live region.
 */
import { useState, useTransition, type ReactNode } from "react";
import { useForm, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/result";
import { SECTORS } from "@/modules/engagement/sectors";
import { deleteMyAccountAction, joinCoalitionAction, leaveCoalitionAction, registerOrganisationAction, updateProfileAction } from "../actions";
import { ZDeleteAccount, ZJoinCoalition, ZProfile, ZRegisterOrganisation } from "../schemas";

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
const buttonClass = "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70";

type Status = { kind: "ok" | "error"; text: string } | null;

function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(schema: S, defaultValues: z.input<S>) {
  return useForm<z.input<S>, unknown, z.output<S>>({
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolver: zodResolver(schema as any) as any,
    defaultValues: defaultValues as never,
    shouldFocusError: true,
  });
}

function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>, result: ActionResult<unknown>) {
  if (result.ok) return;
  let first: Path<T> | null = null;
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (messages?.[0]) {
      form.setError(field as Path<T>, { type: "server", message: messages[0] });
      first ??= field as Path<T>;
    }
  }
  if (first) form.setFocus(first);
}

function StatusLine({ status }: { status: Status }) {
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
    </div>
  );
}

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">{label}</label>
      {hint ? <p id={`${id}-uitleg`} className="text-sm text-muted">{hint}</p> : null}
      {children}
      {error ? <p id={`${id}-fout`} className="mt-1 text-danger">{error}</p> : null}
    </div>
  );
}

const aria = (id: string, error: unknown, hint = false) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": [hint ? `${id}-uitleg` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined,
});

function SectorSelect({ id, reg, error }: { id: string; reg: object; error?: string }) {
  return (
    <Field id={id} label="Sector" error={error}>
      <select id={id} className={inputClass} {...aria(id, error)} {...reg}>
        <option value="">Kies een sector</option>
        {SECTORS.map((s) => (
          <option key={s.key} value={s.key}>{s.label}</option>
        ))}
      </select>
    </Field>
  );
}

/** Claim or create the organisation's profile in one gemeente. */
export function RegisterForm({ gemeenten }: { gemeenten: { slug: string; name: string }[] }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<Status>(null);
  const [chosen, setSlug] = useState(gemeenten[0]?.slug ?? "");
  const slug = gemeenten.some((g) => g.slug === chosen) ? chosen : (gemeenten[0]?.slug ?? "");
  const form = useZodForm(ZRegisterOrganisation, { name: "", kvkNumber: "", website: "", sector: "" as never, address: "" });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    start(async () => {
      const r = await registerOrganisationAction(slug, values);
      if (!r.ok) {
        applyServerErrors(form, r);
        setStatus({ kind: "error", text: r.message });
        return;
      }
      if (r.data.status === "CLAIM_PENDING") {
        setStatus({ kind: "ok", text: "De gemeente kent je organisatie al. We vragen de gemeente om te bevestigen dat jij erbij hoort. Je krijgt daarna toegang." });
      } else {
        setStatus({ kind: "ok", text: r.data.status === "CREATED" ? "Het profiel van je organisatie is gemaakt." : "Je e-mailadres past bij de website van de organisatie. Je hebt nu toegang." });
        router.refresh();
      }
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4">
      <StatusLine status={status} />
      <Field id="reg-gemeente" label="Gemeente">
        <select id="reg-gemeente" className={inputClass} value={slug} onChange={(ev) => setSlug(ev.target.value)}>
          {gemeenten.map((g) => (
            <option key={g.slug} value={g.slug}>{g.name}</option>
          ))}
        </select>
      </Field>
      <Field id="reg-name" label="Naam van je organisatie" error={e.name?.message}>
        <input id="reg-name" type="text" autoComplete="organization" className={inputClass} {...aria("reg-name", e.name)} {...form.register("name")} />
      </Field>
      <Field id="reg-kvk" label="KvK-nummer (niet verplicht)" error={e.kvkNumber?.message}>
        <input id="reg-kvk" type="text" inputMode="numeric" className={inputClass} {...aria("reg-kvk", e.kvkNumber)} {...form.register("kvkNumber")} />
      </Field>
      <Field id="reg-website" label="Website (niet verplicht)" error={e.website?.message} hint="Past je e-mailadres bij deze website? Dan bevestigen we dat je bij de organisatie hoort.">
        <input id="reg-website" type="text" autoComplete="url" className={inputClass} {...aria("reg-website", e.website, true)} {...form.register("website")} />
      </Field>
      <SectorSelect id="reg-sector" reg={form.register("sector")} error={e.sector?.message} />
      <Field id="reg-address" label="Adres van je vestiging (niet verplicht)" error={e.address?.message}>
        <input id="reg-address" type="text" autoComplete="street-address" className={inputClass} {...aria("reg-address", e.address)} {...form.register("address")} />
      </Field>
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Profiel maken of claimen"}</button>
      </div>
    </form>
  );
}

/** Join one gemeente's coalition with the entrepreneur's own acknowledgement. */
export function JoinForm({ gemeenten, askSector }: { gemeenten: { slug: string; name: string }[]; askSector: boolean }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<Status>(null);
  const [chosen, setSlug] = useState(gemeenten[0]?.slug ?? "");
  const slug = gemeenten.some((g) => g.slug === chosen) ? chosen : (gemeenten[0]?.slug ?? "");
  const form = useZodForm(ZJoinCoalition, { ackVoluntary: false as never, ackNoProcurement: false as never, ackNoMoney: false as never });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    start(async () => {
      const r = await joinCoalitionAction(slug, values);
      if (!r.ok) {
        applyServerErrors(form, r);
        setStatus({ kind: "error", text: r.message });
        return;
      }
      const name = gemeenten.find((g) => g.slug === slug)?.name ?? slug; // before the refresh shrinks the list
      setStatus({ kind: "ok", text: `Je doet mee in ${name}. Dank je wel!` });
      form.reset();
      router.refresh();
    });
  });
  const box = (name: "ackVoluntary" | "ackNoProcurement" | "ackNoMoney", text: string) => (
    <div>
      <div className="flex items-start gap-2">
        <input id={`join-${name}`} type="checkbox" className="mt-1 h-5 w-5" {...aria(`join-${name}`, e[name])} {...form.register(name)} />
        <label htmlFor={`join-${name}`}>{text}</label>
      </div>
      {e[name] ? <p id={`join-${name}-fout`} className="mt-1 text-danger">{e[name]?.message}</p> : null}
    </div>
  );
  if (!gemeenten.length) {
    return (
      <div className="mt-4">
        <StatusLine status={status} />
        <p>Je doet al mee in alle gemeenten die je kunt kiezen.</p>
      </div>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4">
      <StatusLine status={status} />
      <Field id="join-gemeente" label="Gemeente">
        <select id="join-gemeente" className={inputClass} value={slug} onChange={(ev) => setSlug(ev.target.value)}>
          {gemeenten.map((g) => (
            <option key={g.slug} value={g.slug}>{g.name}</option>
          ))}
        </select>
      </Field>
      {askSector ? <SectorSelect id="join-sector" reg={form.register("sector")} error={e.sector?.message} /> : null}
      <fieldset className="grid gap-3">
        <legend className="font-semibold">Zo werken we samen</legend>
        {box("ackVoluntary", "Ik doe vrijwillig mee. Ik kan altijd stoppen.")}
        {box("ackNoProcurement", "Meedoen geeft geen voordeel als de gemeente iets inkoopt of een opdracht geeft.")}
        {box("ackNoMoney", "Ik geef geen geld of sponsoring. Hulp in tijd, ruimte of spullen mag wel.")}
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Meedoen"}</button>
      </div>
    </form>
  );
}

/** Pause or stop in this gemeente: immediate effect on the public list. */
export function LeaveButtons({ gemeenteSlug }: { gemeenteSlug: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<Status>(null);
  const go = (kind: "PAUZE" | "STOPPEN") =>
    start(async () => {
      const r = await leaveCoalitionAction(gemeenteSlug, { kind });
      setStatus(r.ok ? { kind: "ok", text: kind === "PAUZE" ? "Je hebt pauze. Je staat niet meer op de openbare lijst." : "Je bent gestopt. Je staat niet meer op de openbare lijst." } : { kind: "error", text: r.message });
      router.refresh();
    });
  return (
    <div className="mt-4">
      <StatusLine status={status} />
      <div className="flex flex-wrap gap-3">
        <button type="button" disabled={pending} className={buttonClass} onClick={() => go("PAUZE")}>Pauze nemen</button>
        <button type="button" disabled={pending} className="rounded border border-danger px-4 py-2 font-semibold text-danger" onClick={() => go("STOPPEN")}>
          Stoppen in deze gemeente
        </button>
      </div>
    </div>
  );
}

const CONTRIBUTIONS: [string, string][] = [
  ["SIGNALEREN", "Zorgen over klanten doorgeven"],
  ["INFORMATIE_VERSPREIDEN", "Informatie verspreiden"],
  ["COMMUNITY", "Mensen met elkaar verbinden"],
  ["ACTIVITEIT_ORGANISEREN", "Een activiteit organiseren"],
  ["EXTRA_GASTVRIJ", "Extra gastvrij zijn"],
  ["MEDEWERKERS_BESCHIKBAAR", "Medewerkers inzetten"],
  ["RUIMTE_MATERIAAL_EXPERTISE", "Ruimte, materiaal of kennis"],
];
const MOTIVES: [string, string][] = [
  ["PERSOONLIJK", "Persoonlijk"],
  ["MAATSCHAPPELIJK", "Maatschappelijk"],
  ["ORGANISATORISCH", "Goed voor de organisatie"],
  ["COMMERCIEEL", "Commercieel"],
];
const FIVE_MS: [string, string][] = [
  ["MENSEN", "Mensen"],
  ["MIDDELEN", "Middelen"],
  ["MASSA", "Massa (bereik)"],
  ["MEDIA", "Media"],
  ["MUNTEN", "Munten (kennis van geld en zaken, geen sponsoring)"],
];

export function ProfileForm({ gemeenteSlug, initial }: { gemeenteSlug: string; initial: z.input<typeof ZProfile> }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<Status>(null);
  const form = useZodForm(ZProfile, initial);
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    setStatus(null);
    start(async () => {
      const r = await updateProfileAction(gemeenteSlug, values);
      if (!r.ok) {
        applyServerErrors(form, r);
        setStatus({ kind: "error", text: r.message });
        return;
      }
      setStatus({ kind: "ok", text: "Je profiel is opgeslagen." });
      router.refresh();
    });
  });
  const group = (name: "contributions" | "motives" | "fiveMs", legend: string, items: [string, string][]) => (
    <fieldset className="grid gap-2">
      <legend className="font-semibold">{legend}</legend>
      {items.map(([value, label]) => (
        <div key={value} className="flex items-center gap-2">
          <input id={`p-${name}-${value}`} type="checkbox" value={value} className="h-5 w-5" {...form.register(name)} />
          <label htmlFor={`p-${name}-${value}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4">
      <StatusLine status={status} />
      <SectorSelect id="p-sector" reg={form.register("sector")} error={e.sector?.message} />
      <Field id="p-address" label="Adres van je vestiging" error={e.address?.message}>
        <input id="p-address" type="text" autoComplete="street-address" className={inputClass} {...aria("p-address", e.address)} {...form.register("address")} />
      </Field>
      <Field id="p-desc" label="Wat doe je tegen eenzaamheid? (komt op de openbare lijst)" error={e.publicDescription?.message}>
        <textarea id="p-desc" rows={3} className={inputClass} {...aria("p-desc", e.publicDescription)} {...form.register("publicDescription")} />
      </Field>
      <Field id="p-hours" label="Openingstijden (niet verplicht)" error={e.openingHours?.message} hint="Bijvoorbeeld: maandag tot en met zaterdag 8.00 tot 18.00 uur. Alleen de gemeente ziet dit.">
        <input id="p-hours" type="text" className={inputClass} {...aria("p-hours", e.openingHours, true)} {...form.register("openingHours")} />
      </Field>
      {group("contributions", "Wat draag je bij?", CONTRIBUTIONS)}
      {group("motives", "Waarom doe je mee?", MOTIVES)}
      {group("fiveMs", "Wat breng je in? (de 5 M's)", FIVE_MS)}
      <Field id="p-cname" label="Contactpersoon voor de gemeente" error={e.contactName?.message} hint="Alleen de gemeente ziet dit. Het staat nooit op de openbare lijst.">
        <input id="p-cname" type="text" autoComplete="name" className={inputClass} {...aria("p-cname", e.contactName, true)} {...form.register("contactName")} />
      </Field>
      <Field id="p-cemail" label="E-mailadres van de contactpersoon" error={e.contactEmail?.message}>
        <input id="p-cemail" type="email" autoComplete="email" className={inputClass} {...aria("p-cemail", e.contactEmail)} {...form.register("contactEmail")} />
      </Field>
      <Field id="p-cphone" label="Telefoonnummer (niet verplicht)" error={e.contactPhone?.message}>
        <input id="p-cphone" type="tel" autoComplete="tel" className={inputClass} {...aria("p-cphone", e.contactPhone)} {...form.register("contactPhone")} />
      </Field>
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Profiel opslaan"}</button>
      </div>
    </form>
  );
}

export function DeleteAccountForm() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [status, setStatus] = useState<Status>(null);
  const form = useZodForm(ZDeleteAccount, { confirm: "" as never });
  const e = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => {
    start(async () => {
      const r = await deleteMyAccountAction(values);
      if (!r.ok) {
        applyServerErrors(form, r);
        setStatus({ kind: "error", text: r.message });
        return;
      }
      router.push("/");
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4">
      <StatusLine status={status} />
      <Field id="del-confirm" label="Typ VERWIJDEREN om je account te verwijderen" error={e.confirm?.message}
        hint="Ben jij de laatste van je organisatie? Dan verdwijnt je organisatie ook meteen van de openbare lijst.">
        <input id="del-confirm" type="text" autoComplete="off" className={inputClass} {...aria("del-confirm", e.confirm, true)} {...form.register("confirm")} />
      </Field>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-danger px-4 py-2 font-semibold text-white">Account verwijderen</button>
      </div>
    </form>
  );
}
