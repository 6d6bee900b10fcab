"use client";
/**
 * Join a gemeente's coalition (on /ondernemer and /mijn-organisatie). With `sectors`, it asks for the sector too.
 * Its texts come from the catalogue through the page (joinTexts in ./join-texts.ts): in the HTML, not in this script.
 */
import { useState } from "react";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { aria, buttonClass, Field, loadSchemas, SectorSelect } from "./form-parts";
import { FormStatus, inputClass } from "@/components/forms/form-fields";
import type { JoinResult } from "../server/self-service";
import { joinForm } from "../form-fields";
import type { Choice } from "./profile-fields";
import type { JoinTexts } from "./join-texts";
import { fillMarks } from "@/lib/text/marks";

/** Join one gemeente's coalition with the entrepreneur's own acknowledgement (`action`: joinCoalitionAction, from the page). */
export function JoinForm({
  action,
  gemeenten,
  sectors,
  texts: T,
}: {
  action: FormAction<JoinResult>;
  gemeenten: { slug: string; name: string }[];
  sectors?: readonly Choice[];
  texts: JoinTexts;
}) {
  const [chosen, setSlug] = useState(gemeenten[0]?.slug ?? "");
  // The names as the page gave them: after a join the refreshed list no longer has the joined gemeente.
  const [names] = useState(() => new Map(gemeenten.map((g) => [g.slug, g.name])));
  const slug = gemeenten.some((g) => g.slug === chosen) ? chosen : (gemeenten[0]?.slug ?? "");
  const {
    formProps,
    errors: e,
    status,
    pending,
  } = useActionForm({
    action,
    fields: joinForm(Boolean(sectors)),
    schema: () => loadSchemas().then((m) => m.ZJoinCoalition),
    okText: (r) => fillMarks(r.status === "CLAIM_PENDING" ? T.pendingClaim : T.done, { gemeente: names.get(r.gemeente) ?? r.gemeente }),
  });
  const box = (name: "ackVoluntary" | "ackNoProcurement" | "ackNoMoney", text: string) => (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={`join-${name}`}
          name={name}
          type="checkbox"
          required
          className="mt-1 h-5 w-5 shrink-0"
          {...aria(`join-${name}`, e[name])}
        />
        <label htmlFor={`join-${name}`}>{text}</label>
      </div>
      {e[name] ? (
        <p id={`join-${name}-fout`} className="mt-1 text-danger">
          {e[name]}
        </p>
      ) : null}
    </div>
  );
  if (!gemeenten.length) {
    return (
      <div className="mt-4">
        <FormStatus status={status} />
        <p>{T.allJoined}</p>
      </div>
    );
  }
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      <Field id="join-gemeente" label={T.gemeente}>
        <select id="join-gemeente" name="gemeente" className={inputClass} value={slug} onChange={(ev) => setSlug(ev.target.value)}>
          {gemeenten.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.name}
            </option>
          ))}
        </select>
      </Field>
      {sectors ? <SectorSelect id="join-sector" options={sectors} error={e.sector} texts={T} /> : null}
      <fieldset className="grid gap-3">
        <legend className="font-semibold">{T.legend}</legend>
        {box("ackVoluntary", T.ackVoluntary)}
        {box("ackNoProcurement", T.ackNoProcurement)}
        {box("ackNoMoney", T.ackNoMoney)}
      </fieldset>
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? T.sending : T.submit}
        </button>
      </div>
    </form>
  );
}
