"use client";
/**
 * The regisseur's tools for one event: invite by e-mail, cancel, close with attendance. Each form is in
 * the one form pattern (src/components/forms/action-form.ts): it posts to its server action with or
 * without JavaScript; with JavaScript the browser first checks it with the server's schema.
 */
import { CheckboxGroup, FieldError, fieldAria, FormStatus, SubmitButton, TextArea, TextField } from "@/components/forms/form-fields";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { CANCEL_FORM, CLOSE_FORM, INVITE_FORM } from "../form-fields";
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

/** `action`: inviteToEventAction bound to the gemeente and the event's id by the page (a server-bound action also posts without JavaScript). */
export function InviteForm({ action, texts: x }: { action: FormAction<{ invited: number; alreadyInvited: number }>; texts: InviteTexts }) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: INVITE_FORM,
    schema: () => import("../schemas").then((m) => m.ZInviteInput),
    okText: (d) =>
      [
        d.invited === 1 ? x.sentOne : fillMarks(x.sentMany, { count: String(d.invited) }),
        d.alreadyInvited ? (d.alreadyInvited === 1 ? x.alreadyOne : fillMarks(x.alreadyMany, { count: String(d.alreadyInvited) })) : "",
      ]
        .filter(Boolean)
        .join(" "),
  });
  const group = (name: keyof typeof INVITE_FORM, legend: string, options: Record<string, string>) => (
    <CheckboxGroup id={`uitnodiging-${name}`} legend={legend} name={name} options={options} error={errors[name]} />
  );
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="uitnodigen">
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
  action,
  title,
  cancelled = false,
  texts: x,
}: {
  /** `action`: cancelEventAction bound to the gemeente and the event's id by the page (a server-bound action also posts without JavaScript). */
  action: FormAction<{ id: string; title: string; notified: number }>;
  title: string;
  cancelled?: boolean;
  texts: CancelTexts;
}) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: CANCEL_FORM,
    schema: () => import("../schemas").then((m) => m.ZCancelInput),
    okText: (d) =>
      [
        fillMarks(x.cancelled, { title: d.title }),
        d.notified ? (d.notified === 1 ? x.notifiedOne : fillMarks(x.notifiedMany, { count: String(d.notified) })) : "",
      ]
        .filter(Boolean)
        .join(" "),
  });
  if (cancelled)
    return (
      <div className="mt-4">
        <FormStatus status={status} />
      </div>
    );
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="afgelasten">
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

/**
 * "Bijeenkomst afsluiten": who was there (registered members and guests without an account), how
 * many came without registering, which organisations were present, and a short report.
 */
export function CloseEventForm({
  action,
  registrants,
  closed,
  texts: x,
}: {
  /** `action`: closeEventAction bound to the gemeente and the event's id by the page (a server-bound action also posts without JavaScript). */
  action: FormAction<{ attended: number }>;
  registrants: Registrant[];
  closed: { walkIns: number; organisations: string[]; report: string } | null;
  texts: CloseTexts;
}) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: CLOSE_FORM,
    schema: () => import("../schemas").then((m) => m.ZCloseInput),
    okText: (d) => (d.attended === 1 ? x.doneOne : fillMarks(x.doneMany, { count: String(d.attended) })),
    // The closing can be updated: the form keeps what was saved.
    resetOnSuccess: false,
  });
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="aanwezigheid">
      <FormStatus status={status} />
      {registrants.length ? (
        <fieldset {...fieldAria("afsluiten-aanwezig", errors.attended)}>
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
          <FieldError id="afsluiten-aanwezig" error={errors.attended} />
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
