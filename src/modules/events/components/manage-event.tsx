"use client";
/** The regisseur's tools for one event: invite by e-mail, cancel, close with attendance. */
import { CheckboxGroup, FormStatus, SubmitButton, TextArea, TextField } from "@/components/forms/form-fields";
import { useServerForm } from "@/components/forms/use-server-form";
import { cancelEventAction, closeEventAction, inviteToEventAction } from "../actions";
import { CIRCLE_LABELS, STEP_LABELS } from "../schemas";
import { fillMarks } from "@/lib/text/marks";

/** Texts from the catalogue (coalitionPages.agenda.*), passed in by the page: plain strings, {marks} filled here. */
type InviteTexts = Record<
  | "sentOne"
  | "sentMany"
  | "alreadyOne"
  | "alreadyMany"
  | "intro"
  | "partnerCircles"
  | "entrepreneurCircles"
  | "entrepreneurSteps"
  | "busy"
  | "submit",
  string
>;
type CancelTexts = Record<"cancelled" | "notifiedOne" | "notifiedMany" | "reason" | "busy" | "submit", string>;
type CloseTexts = Record<
  | "doneOne"
  | "doneMany"
  | "attendedLegend"
  | "withoutAccount"
  | "nobodyRegistered"
  | "walkIns"
  | "organisations"
  | "report"
  | "busy"
  | "update"
  | "close",
  string
>;

const INVITE_FIELDS = ["partnerCircles", "entrepreneurCircles", "entrepreneurSteps"] as const;

export function InviteForm({ gemeenteSlug, eventId, texts: x }: { gemeenteSlug: string; eventId: string; texts: InviteTexts }) {
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
        [
          d.invited === 1 ? x.sentOne : fillMarks(x.sentMany, { count: String(d.invited) }),
          d.alreadyInvited ? (d.alreadyInvited === 1 ? x.alreadyOne : fillMarks(x.alreadyMany, { count: String(d.alreadyInvited) })) : "",
        ]
          .filter(Boolean)
          .join(" "),
    );
  }
  const group = (name: (typeof INVITE_FIELDS)[number], legend: string, options: Record<string, string>) => (
    <CheckboxGroup id={`uitnodiging-${name}`} legend={legend} name={name} options={options} error={errors[name]} />
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="uitnodigen">
      <FormStatus status={status} />
      <p>{x.intro}</p>
      {group("partnerCircles", x.partnerCircles, CIRCLE_LABELS)}
      {group("entrepreneurCircles", x.entrepreneurCircles, CIRCLE_LABELS)}
      {group("entrepreneurSteps", x.entrepreneurSteps, STEP_LABELS)}
      <SubmitButton pending={pending} pendingText={x.busy}>
        {x.submit}
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
  texts: x,
}: {
  gemeenteSlug: string;
  eventId: string;
  title: string;
  cancelled?: boolean;
  texts: CancelTexts;
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
        [
          fillMarks(x.cancelled, { title: d.title }),
          d.notified ? (d.notified === 1 ? x.notifiedOne : fillMarks(x.notifiedMany, { count: String(d.notified) })) : "",
        ]
          .filter(Boolean)
          .join(" "),
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
      <TextField id="afgelasten-reden" name="reason" label={x.reason} error={errors.reason} />
      <SubmitButton
        pending={pending}
        pendingText={x.busy}
        className="justify-self-start rounded border-2 border-danger px-4 py-2 font-semibold text-danger disabled:opacity-70"
      >
        {fillMarks(x.submit, { title })}
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
  texts: x,
}: {
  gemeenteSlug: string;
  eventId: string;
  registrants: Registrant[];
  closed: { walkIns: number; organisations: string[]; report: string } | null;
  texts: CloseTexts;
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
      (d) => (d.attended === 1 ? x.doneOne : fillMarks(x.doneMany, { count: String(d.attended) })),
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="aanwezigheid">
      <FormStatus status={status} />
      {registrants.length ? (
        <fieldset>
          <legend className="font-semibold">{x.attendedLegend}</legend>
          {registrants.map((r) => (
            <label key={r.registrationId} className="mt-1 flex items-center gap-2">
              <input
                type="checkbox"
                name="attended"
                value={`${r.kind === "LID" ? "lid" : "gast"}:${r.registrationId}`}
                defaultChecked={r.attended}
              />{" "}
              {r.name}
              {r.kind === "GAST" ? x.withoutAccount : ""}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>{x.nobodyRegistered}</p>
      )}
      <TextField
        id="afsluiten-walkins"
        name="walkIns"
        type="number"
        min={0}
        inputMode="numeric"
        label={x.walkIns}
        defaultValue={closed ? String(closed.walkIns) : "0"}
        error={errors.walkIns}
      />
      <TextArea
        id="afsluiten-organisaties"
        name="organisations"
        label={x.organisations}
        optional
        rows={3}
        defaultValue={closed?.organisations.join("\n") ?? ""}
        error={errors.organisations}
      />
      <TextArea
        id="afsluiten-verslag"
        name="report"
        label={x.report}
        optional
        rows={4}
        defaultValue={closed?.report ?? ""}
        error={errors.report}
      />
      <SubmitButton pending={pending} pendingText={x.busy}>
        {closed ? x.update : x.close}
      </SubmitButton>
    </form>
  );
}
