"use client";
/** The regisseur's tools for one event: invite by e-mail, cancel, close with attendance. */
import { CheckboxGroup, FormStatus, SubmitButton, TextArea, TextField } from "@/components/forms/form-fields";
import { useServerForm } from "@/components/forms/use-server-form";
import { cancelEventAction, closeEventAction, inviteToEventAction } from "../actions";
import { CIRCLE_LABELS, STEP_LABELS } from "../schemas";

const INVITE_FIELDS = ["partnerCircles", "entrepreneurCircles", "entrepreneurSteps"] as const;

export function InviteForm({ gemeenteSlug, eventId }: { gemeenteSlug: string; eventId: string }) {
  const { pending, status, errors, submit } = useServerForm(INVITE_FIELDS);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const input = Object.fromEntries(INVITE_FIELDS.map((f) => [f, fd.getAll(f).map(String)]));
    submit(
      form,
      () => inviteToEventAction(gemeenteSlug, eventId, input),
      (d) =>
        `${d.invited === 1 ? "1 uitnodiging wordt" : `${d.invited} uitnodigingen worden`} verstuurd.${d.alreadyInvited ? ` ${d.alreadyInvited} ${d.alreadyInvited === 1 ? "persoon was" : "mensen waren"} al uitgenodigd.` : ""}`,
    );
  }
  const group = (name: (typeof INVITE_FIELDS)[number], legend: string, options: Record<string, string>) => (
    <CheckboxGroup id={`uitnodiging-${name}`} legend={legend} name={name} options={options} error={errors[name]} />
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="uitnodigen">
      <FormStatus status={status} />
      <p>
        Wie kies je? Iedereen krijgt één mail met de gegevens en een link om zich aan te melden. Wie al is uitgenodigd, krijgt geen tweede
        mail. Stilgezette of gestopte ondernemers worden nooit uitgenodigd.
      </p>
      {group("partnerCircles", "Leden van coalitiepartners in de kring", CIRCLE_LABELS)}
      {group("entrepreneurCircles", "Ondernemers in de kring", CIRCLE_LABELS)}
      {group("entrepreneurSteps", "Ondernemers in de stap", STEP_LABELS)}
      <SubmitButton pending={pending} pendingText="Bezig…">
        Uitnodigingen versturen
      </SubmitButton>
    </form>
  );
}

/**
 * "Afgelasten". The page keeps this component mounted once the event is cancelled (then it shows only
 * its status line), so the confirmation is still announced after the refresh removed the form.
 */
export function CancelEventForm({
  gemeenteSlug,
  eventId,
  title,
  cancelled = false,
}: {
  gemeenteSlug: string;
  eventId: string;
  title: string;
  cancelled?: boolean;
}) {
  const { pending, status, errors, submit } = useServerForm(["reason"] as const);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const reason = String(new FormData(form).get("reason") ?? "");
    submit(
      form,
      () => cancelEventAction(gemeenteSlug, eventId, { reason }),
      (d) =>
        `${d.title} is afgelast.${d.notified ? ` ${d.notified === 1 ? "De aangemelde persoon krijgt" : `De ${d.notified} aangemelde mensen krijgen`} een mail.` : ""}`,
    );
  }
  if (cancelled)
    return (
      <div className="mt-4">
        <FormStatus status={status} />
      </div>
    );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="afgelasten">
      <FormStatus status={status} />
      <TextField id="afgelasten-reden" name="reason" label="Reden (niet verplicht, staat in de mail)" error={errors.reason} />
      <SubmitButton
        pending={pending}
        pendingText="Bezig…"
        className="justify-self-start rounded border-2 border-danger px-4 py-2 font-semibold text-danger disabled:opacity-70"
      >
        {`${title} afgelasten`}
      </SubmitButton>
    </form>
  );
}

type Registrant = { registrationId: string; name: string; attended: boolean; kind: "LID" | "GAST" };
const CLOSE_FIELDS = ["attended", "walkIns", "organisations", "report"] as const;

/**
 * "Bijeenkomst afsluiten": who was there (registered members and guests without an account), how
 * many came without registering, which organisations were present, and a short report.
 */
export function CloseEventForm({
  gemeenteSlug,
  eventId,
  registrants,
  closed,
}: {
  gemeenteSlug: string;
  eventId: string;
  registrants: Registrant[];
  closed: { walkIns: number; organisations: string[]; report: string } | null;
}) {
  const { pending, status, errors, submit } = useServerForm(CLOSE_FIELDS);
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const input = {
      attended: fd.getAll("attended").map(String),
      walkIns: String(fd.get("walkIns") ?? ""),
      organisations: String(fd.get("organisations") ?? ""),
      report: String(fd.get("report") ?? ""),
    };
    submit(
      form,
      () => closeEventAction(gemeenteSlug, eventId, input),
      (d) => `Bijeenkomst afgesloten: ${d.attended} ${d.attended === 1 ? "persoon" : "mensen"} aanwezig.`,
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="aanwezigheid">
      <FormStatus status={status} />
      {registrants.length ? (
        <fieldset>
          <legend className="font-semibold">Wie van de aanmeldingen was er?</legend>
          {registrants.map((r) => (
            <label key={r.registrationId} className="mt-1 flex items-center gap-2">
              <input
                type="checkbox"
                name="attended"
                value={`${r.kind === "LID" ? "lid" : "gast"}:${r.registrationId}`}
                defaultChecked={r.attended}
              />{" "}
              {r.name}
              {r.kind === "GAST" ? " (zonder account)" : ""}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>Niemand had zich aangemeld.</p>
      )}
      <TextField
        id="afsluiten-walkins"
        name="walkIns"
        type="number"
        min={0}
        inputMode="numeric"
        label="Aantal mensen dat kwam zonder aanmelding"
        defaultValue={closed ? String(closed.walkIns) : "0"}
        error={errors.walkIns}
      />
      <TextArea
        id="afsluiten-organisaties"
        name="organisations"
        label="Organisaties die er waren (één per regel)"
        optional
        rows={3}
        defaultValue={closed?.organisations.join("\n") ?? ""}
        error={errors.organisations}
      />
      <TextArea
        id="afsluiten-verslag"
        name="report"
        label="Kort verslag"
        optional
        rows={4}
        defaultValue={closed?.report ?? ""}
        error={errors.report}
      />
      <SubmitButton pending={pending} pendingText="Bezig…">
        {closed ? "Afsluiting bijwerken" : "Bijeenkomst afsluiten"}
      </SubmitButton>
    </form>
  );
}
