"use client";
/**
 * Forms of the klankbordgroep page: a member, a meeting, an input item, and the status of an input
 * item. The server validates (Dutch field errors come back onto the fields, focus moves to the first
 * one); every form works with the keyboard alone.
 */
import { useTransition, useState } from "react";
import { useRouter } from "next/navigation";
import {
  CheckboxGroup,
  FieldError,
  fieldAria,
  FormStatus,
  inputClass,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import type { KlankbordInputStatus } from "@/generated/prisma/enums";
import {
  createKlankbordInputAction,
  createKlankbordMeetingAction,
  createKlankbordMemberAction,
  deleteKlankbordMemberAction,
  setKlankbordInputStatusAction,
} from "../actions";
import { INPUT_STATUS_LABELS, RISK_GROUP_LABELS, THEME_LABELS } from "../schemas";

const MEMBER_FIELDS = ["displayName", "contact", "riskGroups", "consentAt"] as const;

export function KlankbordMemberForm({ gemeenteSlug }: { gemeenteSlug: string }) {
  const { pending, status, errors, submit } = useServerForm(MEMBER_FIELDS);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text, all } = readForm(event);
    const input = {
      displayName: text("displayName"),
      contact: text("contact"),
      riskGroups: all("riskGroups"),
      consentAt: text("consentAt"),
    };
    submit(
      form,
      () => createKlankbordMemberAction(gemeenteSlug, input),
      () => `${input.displayName} is toegevoegd aan de klankbordgroep.`,
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="lid-toevoegen">
      <FormStatus status={status} />
      {/* The hint sits between label and input, which TextField cannot place, so this field stays here. */}
      <div>
        <label htmlFor="lid-displayName" className="font-semibold">
          Naam of schuilnaam
        </label>
        <p id="lid-displayName-uitleg" className="text-sm text-muted">
          Alleen wat nodig is, bijvoorbeeld een voornaam of &quot;Mevrouw K.&quot;.
        </p>
        <input
          id="lid-displayName"
          name="displayName"
          type="text"
          autoComplete="off"
          className={inputClass}
          aria-invalid={errors.displayName ? true : undefined}
          aria-describedby={["lid-displayName-uitleg", errors.displayName ? "lid-displayName-fout" : ""].filter(Boolean).join(" ")}
        />
        <FieldError id="lid-displayName" error={errors.displayName} />
      </div>
      <TextField id="lid-contact" name="contact" label="Contact" optional autoComplete="off" error={errors.contact} />
      <CheckboxGroup
        id="lid-riskGroups"
        legend="Groep(en) waaruit deze persoon ervaring meebrengt"
        name="riskGroups"
        options={RISK_GROUP_LABELS}
        error={errors.riskGroups}
      />
      <TextField id="lid-consentAt" name="consentAt" label="Datum van toestemming" type="date" error={errors.consentAt} />
      <SubmitButton pending={pending}>Lid toevoegen</SubmitButton>
    </form>
  );
}

export function DeleteMemberButton({ gemeenteSlug, id, name }: { gemeenteSlug: string; id: string; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        className="rounded border border-danger px-2 py-1 text-danger disabled:opacity-70"
        aria-label={`${name} verwijderen uit de klankbordgroep`}
        onClick={() => {
          if (!window.confirm(`${name} en de gegevens van deze persoon verwijderen?`)) return;
          startTransition(async () => {
            const r = await deleteKlankbordMemberAction(gemeenteSlug, id);
            setMessage(r.ok ? "Verwijderd." : r.message);
            router.refresh();
          });
        }}
      >
        Verwijderen
      </button>
      <span role="status" aria-live="polite" className="ml-2">
        {message}
      </span>
    </span>
  );
}

const MEETING_FIELDS = ["date", "topic", "notes"] as const;

export function KlankbordMeetingForm({ gemeenteSlug }: { gemeenteSlug: string }) {
  const { pending, status, errors, submit } = useServerForm(MEETING_FIELDS);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text } = readForm(event);
    const input = Object.fromEntries(MEETING_FIELDS.map((f) => [f, text(f)]));
    submit(
      form,
      () => createKlankbordMeetingAction(gemeenteSlug, input),
      () => "De bijeenkomst is opgeslagen.",
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="bijeenkomst-toevoegen">
      <FormStatus status={status} />
      <TextField id="bijeenkomst-date" name="date" label="Datum" type="date" error={errors.date} />
      <TextField id="bijeenkomst-topic" name="topic" label="Onderwerp" autoComplete="off" error={errors.topic} />
      <TextArea
        id="bijeenkomst-notes"
        name="notes"
        label="Verslag (niet verplicht, zonder namen van inwoners)"
        rows={4}
        error={errors.notes}
      />
      <SubmitButton pending={pending}>Bijeenkomst toevoegen</SubmitButton>
    </form>
  );
}

const INPUT_FIELDS = ["meetingId", "text", "theme"] as const;

export function KlankbordInputForm({ gemeenteSlug, meetings }: { gemeenteSlug: string; meetings: { id: string; label: string }[] }) {
  const { pending, status, errors, submit } = useServerForm(INPUT_FIELDS);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text } = readForm(event);
    const input = Object.fromEntries(INPUT_FIELDS.map((f) => [f, text(f)]));
    submit(
      form,
      () => createKlankbordInputAction(gemeenteSlug, input),
      () => "De inbreng is opgeslagen.",
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="inbreng-toevoegen">
      <FormStatus status={status} />
      <SelectField
        id="inbreng-meetingId"
        name="meetingId"
        label="Bijeenkomst"
        optional
        options={Object.fromEntries(meetings.map((m) => [m.id, m.label]))}
        placeholder="Niet bij een bijeenkomst"
        defaultValue=""
        error={errors.meetingId}
      />
      <TextArea id="inbreng-text" name="text" label="Wat is er gezegd?" rows={3} error={errors.text} />
      <SelectField
        id="inbreng-theme"
        name="theme"
        label="Thema"
        options={THEME_LABELS}
        placeholder="Kies een thema"
        defaultValue=""
        error={errors.theme}
      />
      <SubmitButton pending={pending}>Inbreng toevoegen</SubmitButton>
    </form>
  );
}

const STATUS_FIELDS = ["status", "followUp"] as const;

export function InputStatusForm({
  gemeenteSlug,
  id,
  labelledBy,
  status: current,
  followUp,
}: {
  gemeenteSlug: string;
  id: string;
  labelledBy: string;
  status: KlankbordInputStatus;
  followUp: string | null;
}) {
  const { pending, status, errors, submit } = useServerForm(STATUS_FIELDS);
  const base = `inbreng-${id}`;
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text } = readForm(event);
    const input = { status: text("status"), followUp: text("followUp") };
    submit(
      form,
      () => setKlankbordInputStatusAction(gemeenteSlug, id, input),
      () => "Opgeslagen.",
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="grid gap-2" aria-labelledby={labelledBy}>
      <div>
        <label htmlFor={`${base}-status`} className="text-sm font-semibold">
          Status
        </label>
        <select id={`${base}-status`} name="status" defaultValue={current} className={inputClass}>
          {Object.entries(INPUT_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${base}-followUp`} className="text-sm font-semibold">
          Wat deed de coalitie ermee?
        </label>
        <textarea
          id={`${base}-followUp`}
          name="followUp"
          rows={2}
          defaultValue={followUp ?? ""}
          className={inputClass}
          {...fieldAria(`${base}-followUp`, errors.followUp)}
        />
        {errors.followUp ? (
          <p id={`${base}-followUp-fout`} className="mt-1 text-sm text-danger">
            {errors.followUp}
          </p>
        ) : null}
      </div>
      <SubmitButton
        pending={pending}
        pendingText="Bezig…"
        className="justify-self-start rounded bg-brand px-3 py-1 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
      >
        Status opslaan
      </SubmitButton>
      <p role="status" aria-live="polite" className={`text-sm ${status?.kind === "error" ? "text-danger" : "text-brand-strong"}`}>
        {status?.text}
      </p>
    </form>
  );
}
