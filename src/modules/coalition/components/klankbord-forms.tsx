"use client";
/**
 * Forms of the klankbordgroep page: a member, a meeting, an input item, and the status of an input
 * item. The server validates (Dutch field errors come back onto the fields, focus moves to the first
 * one); every form works with the keyboard alone.
 */
import { useTransition, useState } from "react";
import { useRouter } from "next/navigation";
import { useServerForm } from "@/components/forms/use-server-form";
import type { KlankbordInputStatus } from "@/generated/prisma/enums";
import {
  createKlankbordInputAction,
  createKlankbordMeetingAction,
  createKlankbordMemberAction,
  deleteKlankbordMemberAction,
  setKlankbordInputStatusAction,
} from "../actions";
import { INPUT_STATUS_LABELS, KLANKBORD_THEMES, RISK_GROUP_LABELS } from "../schemas";

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
const buttonClass = "justify-self-start rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70";

function Status({ status }: { status: { kind: "ok" | "error"; text: string } | null }) {
  return (
    <div aria-live="polite" role="status" className="min-h-6">
      {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
    </div>
  );
}

function useFieldHelpers<F extends string>(prefix: string, errors: Partial<Record<F, string>>) {
  return {
    aria: (f: F) => ({ "aria-invalid": errors[f] ? true : undefined, "aria-describedby": errors[f] ? `${prefix}-${f}-fout` : undefined }),
    err: (f: F) => (errors[f] ? <p id={`${prefix}-${f}-fout`} className="mt-1 text-danger">{errors[f]}</p> : null),
  };
}

const MEMBER_FIELDS = ["displayName", "contact", "riskGroups", "consentAt"] as const;

export function KlankbordMemberForm({ gemeenteSlug }: { gemeenteSlug: string }) {
  const { pending, status, errors, submit } = useServerForm(MEMBER_FIELDS);
  const { aria, err } = useFieldHelpers("lid", errors);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const input = {
      displayName: String(fd.get("displayName") ?? ""),
      contact: String(fd.get("contact") ?? ""),
      riskGroups: fd.getAll("riskGroups").map(String),
      consentAt: String(fd.get("consentAt") ?? ""),
    };
    submit(form, () => createKlankbordMemberAction(gemeenteSlug, input), () => `${input.displayName} is toegevoegd aan de klankbordgroep.`);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="lid-toevoegen">
      <Status status={status} />
      <div>
        <label htmlFor="lid-displayName" className="font-semibold">Naam of schuilnaam</label>
        <p id="lid-displayName-uitleg" className="text-sm text-muted">Alleen wat nodig is, bijvoorbeeld een voornaam of &quot;Mevrouw K.&quot;.</p>
        <input id="lid-displayName" name="displayName" type="text" autoComplete="off" className={inputClass}
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby={["lid-displayName-uitleg", errors.displayName ? "lid-displayName-fout" : ""].filter(Boolean).join(" ")} />
        {err("displayName")}
      </div>
      <div>
        <label htmlFor="lid-contact" className="font-semibold">Contact (niet verplicht)</label>
        <input id="lid-contact" name="contact" type="text" autoComplete="off" className={inputClass} {...aria("contact")} />
        {err("contact")}
      </div>
      <fieldset aria-describedby={errors.riskGroups ? "lid-riskGroups-fout" : undefined}>
        <legend className="font-semibold">Groep(en) waaruit deze persoon ervaring meebrengt</legend>
        <div className="mt-1 grid gap-1">
          {Object.entries(RISK_GROUP_LABELS).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="checkbox" name="riskGroups" value={value} aria-invalid={errors.riskGroups ? true : undefined} /> {label}
            </label>
          ))}
        </div>
        {err("riskGroups")}
      </fieldset>
      <div>
        <label htmlFor="lid-consentAt" className="font-semibold">Datum van toestemming</label>
        <input id="lid-consentAt" name="consentAt" type="date" className={inputClass} {...aria("consentAt")} />
        {err("consentAt")}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig met opslaan…" : "Lid toevoegen"}</button>
    </form>
  );
}

export function DeleteMemberButton({ gemeenteSlug, id, name }: { gemeenteSlug: string; id: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span>
      <button type="button" disabled={pending} className="rounded border border-danger px-2 py-1 text-danger disabled:opacity-70"
        aria-label={`${name} verwijderen uit de klankbordgroep`}
        onClick={() => {
          if (!window.confirm(`${name} en de gegevens van deze persoon verwijderen?`)) return;
          startTransition(async () => {
            const r = await deleteKlankbordMemberAction(gemeenteSlug, id);
            setMessage(r.ok ? "Verwijderd." : r.message);
            router.refresh();
          });
        }}>
        Verwijderen
      </button>
      <span role="status" aria-live="polite" className="ml-2">{message}</span>
    </span>
  );
}

const MEETING_FIELDS = ["date", "topic", "notes"] as const;

export function KlankbordMeetingForm({ gemeenteSlug }: { gemeenteSlug: string }) {
  const { pending, status, errors, submit } = useServerForm(MEETING_FIELDS);
  const { aria, err } = useFieldHelpers("bijeenkomst", errors);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const input = Object.fromEntries(MEETING_FIELDS.map((f) => [f, String(fd.get(f) ?? "")]));
    submit(form, () => createKlankbordMeetingAction(gemeenteSlug, input), () => "De bijeenkomst is opgeslagen.");
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="bijeenkomst-toevoegen">
      <Status status={status} />
      <div>
        <label htmlFor="bijeenkomst-date" className="font-semibold">Datum</label>
        <input id="bijeenkomst-date" name="date" type="date" className={inputClass} {...aria("date")} />
        {err("date")}
      </div>
      <div>
        <label htmlFor="bijeenkomst-topic" className="font-semibold">Onderwerp</label>
        <input id="bijeenkomst-topic" name="topic" type="text" autoComplete="off" className={inputClass} {...aria("topic")} />
        {err("topic")}
      </div>
      <div>
        <label htmlFor="bijeenkomst-notes" className="font-semibold">Verslag (niet verplicht, zonder namen van inwoners)</label>
        <textarea id="bijeenkomst-notes" name="notes" rows={4} className={inputClass} {...aria("notes")} />
        {err("notes")}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig met opslaan…" : "Bijeenkomst toevoegen"}</button>
    </form>
  );
}

const INPUT_FIELDS = ["meetingId", "text", "theme"] as const;

export function KlankbordInputForm({ gemeenteSlug, meetings }: { gemeenteSlug: string; meetings: { id: string; label: string }[] }) {
  const { pending, status, errors, submit } = useServerForm(INPUT_FIELDS);
  const { aria, err } = useFieldHelpers("inbreng", errors);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const input = Object.fromEntries(INPUT_FIELDS.map((f) => [f, String(fd.get(f) ?? "")]));
    submit(form, () => createKlankbordInputAction(gemeenteSlug, input), () => "De inbreng is opgeslagen.");
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="inbreng-toevoegen">
      <Status status={status} />
      <div>
        <label htmlFor="inbreng-meetingId" className="font-semibold">Bijeenkomst (niet verplicht)</label>
        <select id="inbreng-meetingId" name="meetingId" defaultValue="" className={inputClass} {...aria("meetingId")}>
          <option value="">Niet bij een bijeenkomst</option>
          {meetings.map((m) => <option key={m.id} value={m.id}>{m.label}</option>)}
        </select>
        {err("meetingId")}
      </div>
      <div>
        <label htmlFor="inbreng-text" className="font-semibold">Wat is er gezegd?</label>
        <textarea id="inbreng-text" name="text" rows={3} className={inputClass} {...aria("text")} />
        {err("text")}
      </div>
      <div>
        <label htmlFor="inbreng-theme" className="font-semibold">Thema</label>
        <select id="inbreng-theme" name="theme" defaultValue="" className={inputClass} {...aria("theme")}>
          <option value="">Kies een thema</option>
          {KLANKBORD_THEMES.map((t) => <option key={t.key} value={t.key}>{t.label}</option>)}
        </select>
        {err("theme")}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig met opslaan…" : "Inbreng toevoegen"}</button>
    </form>
  );
}

const STATUS_FIELDS = ["status", "followUp"] as const;

export function InputStatusForm({ gemeenteSlug, id, labelledBy, status: current, followUp }: { gemeenteSlug: string; id: string; labelledBy: string; status: KlankbordInputStatus; followUp: string | null }) {
  const { pending, status, errors, submit } = useServerForm(STATUS_FIELDS);
  const base = `inbreng-${id}`;
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const input = { status: String(fd.get("status") ?? ""), followUp: String(fd.get("followUp") ?? "") };
    submit(form, () => setKlankbordInputStatusAction(gemeenteSlug, id, input), () => "Opgeslagen.");
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-2" aria-labelledby={labelledBy}>
      <div>
        <label htmlFor={`${base}-status`} className="text-sm font-semibold">Status</label>
        <select id={`${base}-status`} name="status" defaultValue={current} className={inputClass}>
          {Object.entries(INPUT_STATUS_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor={`${base}-followUp`} className="text-sm font-semibold">Wat deed de coalitie ermee?</label>
        <textarea id={`${base}-followUp`} name="followUp" rows={2} defaultValue={followUp ?? ""} className={inputClass}
          aria-invalid={errors.followUp ? true : undefined} aria-describedby={errors.followUp ? `${base}-followUp-fout` : undefined} />
        {errors.followUp ? <p id={`${base}-followUp-fout`} className="mt-1 text-sm text-danger">{errors.followUp}</p> : null}
      </div>
      <button type="submit" disabled={pending} className="justify-self-start rounded bg-brand px-3 py-1 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {pending ? "Bezig…" : "Status opslaan"}
      </button>
      <p role="status" aria-live="polite" className={`text-sm ${status?.kind === "error" ? "text-danger" : "text-brand-strong"}`}>{status?.text}</p>
    </form>
  );
}
