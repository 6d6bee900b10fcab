"use client";
/**
 * Forms of the klankbordgroep page: a member, a meeting, an input item, and the status of an input
 * item, in the one form pattern (src/components/forms/action-form.ts): they post to their server
 * action with or without JavaScript; with JavaScript the browser first checks them with the server's
 * own schema (loaded at the first focus). Dutch field errors come back onto the fields, focus moves
 * to the first one; every form works with the keyboard alone.
 */
import { useTransition, useState } from "react";
import { useRouter } from "next/navigation";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
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
import type { KlankbordInputStatus } from "@/generated/prisma/enums";
import { deleteKlankbordMemberAction } from "../actions";
import { KLANKBORD_INPUT_FORM, KLANKBORD_MEETING_FORM, KLANKBORD_MEMBER_FORM, KLANKBORD_STATUS_FORM } from "../form-fields";
import { INPUT_STATUS_LABELS, RISK_GROUP_LABELS, THEME_LABELS } from "../schemas";
import { fillMarks } from "@/lib/text/marks";

/** Texts from the catalogue (coalitionPages.klankbord.*), passed in by the page: plain strings, {name} filled here. */
type KlankbordTexts = {
  memberForm: Record<"added" | "displayName" | "displayNameHint" | "contact" | "riskGroups" | "consentAt" | "submit", string>;
  deleteMember: Record<"label" | "confirm" | "done" | "submit", string>;
  meetingForm: Record<"done" | "date" | "topic" | "notes" | "submit", string>;
  inputForm: Record<"done" | "meeting" | "meetingPlaceholder" | "text" | "theme" | "themePlaceholder" | "submit", string>;
  statusForm: Record<"done" | "status" | "followUp" | "busy" | "submit", string>;
};

/** `action`: createKlankbordMemberAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
export function KlankbordMemberForm({
  action,
  texts: x,
}: {
  action: FormAction<{ id: string; displayName: string }>;
  texts: KlankbordTexts["memberForm"];
}) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: KLANKBORD_MEMBER_FORM,
    schema: () => import("../schemas").then((m) => m.ZKlankbordMemberInput),
    okText: (member) => fillMarks(x.added, { name: member.displayName }),
  });
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="lid-toevoegen">
      <FormStatus status={status} />
      {/* The hint sits between label and input, which TextField cannot place, so this field stays here. */}
      <div>
        <label htmlFor="lid-displayName" className="font-semibold">
          {x.displayName}
        </label>
        <p id="lid-displayName-uitleg" className="text-sm text-muted">
          {x.displayNameHint}
        </p>
        <input
          id="lid-displayName"
          name="displayName"
          type="text"
          autoComplete="off"
          className={inputClass}
          {...fieldAria("lid-displayName", errors.displayName, true)}
        />
        <FieldError id="lid-displayName" error={errors.displayName} />
      </div>
      <TextField id="lid-contact" name="contact" label={x.contact} optional autoComplete="off" error={errors.contact} />
      <CheckboxGroup id="lid-riskGroups" legend={x.riskGroups} name="riskGroups" options={RISK_GROUP_LABELS} error={errors.riskGroups} />
      <TextField id="lid-consentAt" name="consentAt" label={x.consentAt} type="date" error={errors.consentAt} />
      <SubmitButton pending={pending}>{x.submit}</SubmitButton>
    </form>
  );
}

export function DeleteMemberButton({
  gemeenteSlug,
  id,
  name,
  texts: x,
}: {
  gemeenteSlug: string;
  id: string;
  name: string;
  texts: KlankbordTexts["deleteMember"];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        className="rounded border border-danger px-2 py-1 text-danger disabled:opacity-70"
        aria-label={fillMarks(x.label, { name })}
        onClick={() => {
          if (!window.confirm(fillMarks(x.confirm, { name }))) return;
          startTransition(async () => {
            const r = await deleteKlankbordMemberAction(gemeenteSlug, id);
            setMessage(r.ok ? x.done : r.message);
            router.refresh();
          });
        }}
      >
        {x.submit}
      </button>
      <span role="status" aria-live="polite" className="ml-2">
        {message}
      </span>
    </span>
  );
}

/** `action`: createKlankbordMeetingAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
export function KlankbordMeetingForm({ action, texts: x }: { action: FormAction<{ id: string }>; texts: KlankbordTexts["meetingForm"] }) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: KLANKBORD_MEETING_FORM,
    schema: () => import("../schemas").then((m) => m.ZKlankbordMeetingInput),
    okText: () => x.done,
  });
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="bijeenkomst-toevoegen">
      <FormStatus status={status} />
      <TextField id="bijeenkomst-date" name="date" label={x.date} type="date" error={errors.date} />
      <TextField id="bijeenkomst-topic" name="topic" label={x.topic} autoComplete="off" error={errors.topic} />
      <TextArea id="bijeenkomst-notes" name="notes" label={x.notes} rows={4} error={errors.notes} />
      <SubmitButton pending={pending}>{x.submit}</SubmitButton>
    </form>
  );
}

/** `action`: createKlankbordInputAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
export function KlankbordInputForm({
  action,
  meetings,
  texts: x,
}: {
  action: FormAction<{ id: string }>;
  meetings: { id: string; label: string }[];
  texts: KlankbordTexts["inputForm"];
}) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: KLANKBORD_INPUT_FORM,
    schema: () => import("../schemas").then((m) => m.ZKlankbordInputInput),
    okText: () => x.done,
  });
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby="inbreng-toevoegen">
      <FormStatus status={status} />
      <SelectField
        id="inbreng-meetingId"
        name="meetingId"
        label={x.meeting}
        optional
        options={Object.fromEntries(meetings.map((m) => [m.id, m.label]))}
        placeholder={x.meetingPlaceholder}
        defaultValue=""
        error={errors.meetingId}
      />
      <TextArea id="inbreng-text" name="text" label={x.text} rows={3} error={errors.text} />
      <SelectField
        id="inbreng-theme"
        name="theme"
        label={x.theme}
        options={THEME_LABELS}
        placeholder={x.themePlaceholder}
        defaultValue=""
        error={errors.theme}
      />
      <SubmitButton pending={pending}>{x.submit}</SubmitButton>
    </form>
  );
}

/** `action`: setKlankbordInputStatusAction bound to the gemeente and this input item's id by the page, per row. */
export function InputStatusForm({
  action,
  id,
  labelledBy,
  status: current,
  followUp,
  texts: x,
}: {
  action: FormAction<{ id: string }>;
  /** The input item's id (for the fields' ids). */
  id: string;
  labelledBy: string;
  status: KlankbordInputStatus;
  followUp: string | null;
  texts: KlankbordTexts["statusForm"];
}) {
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: KLANKBORD_STATUS_FORM,
    schema: () => import("../schemas").then((m) => m.ZKlankbordInputStatus),
    okText: () => x.done,
    resetOnSuccess: false,
  });
  const base = `inbreng-${id}`;
  return (
    <form {...formProps} className="grid gap-2" aria-labelledby={labelledBy}>
      <div>
        <label htmlFor={`${base}-status`} className="text-sm font-semibold">
          {x.status}
        </label>
        <select
          id={`${base}-status`}
          name="status"
          defaultValue={current}
          className={inputClass}
          {...fieldAria(`${base}-status`, errors.status)}
        >
          {Object.entries(INPUT_STATUS_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <FieldError id={`${base}-status`} error={errors.status} />
      </div>
      <div>
        <label htmlFor={`${base}-followUp`} className="text-sm font-semibold">
          {x.followUp}
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
        pendingText={x.busy}
        className="justify-self-start rounded bg-brand px-3 py-1 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
      >
        {x.submit}
      </SubmitButton>
      <p role="status" aria-live="polite" className={`text-sm ${status?.kind === "error" ? "text-danger" : "text-brand-strong"}`}>
        {status?.text}
      </p>
    </form>
  );
}
