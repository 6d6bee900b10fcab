"use client";
/**
 * Join a gemeente's coalition (on /ondernemer and /mijn-organisatie). With `sectors`, it asks for the sector too.
 * Its texts come from the catalogue through the page (joinTexts in ./join-texts.ts): in the HTML, not in this script.
 */
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { aria, buttonClass, Field, loadActions, SectorSelect, useSelfServiceForm } from "./form-parts";
import { FormStatus, inputClass, type TFormStatus } from "@/components/forms/form-fields";
import type { Choice } from "./profile-fields";
import type { JoinTexts } from "./join-texts";
import { fillMarks } from "@/lib/text/marks";

/** Join one gemeente's coalition with the entrepreneur's own acknowledgement. */
export function JoinForm({
  gemeenten,
  sectors,
  texts: T,
}: {
  gemeenten: { slug: string; name: string }[];
  sectors?: readonly Choice[];
  texts: JoinTexts;
}) {
  const router = useRouter();
  const [status, setStatus] = useState<TFormStatus>(null);
  const [chosen, setSlug] = useState(gemeenten[0]?.slug ?? "");
  const slug = gemeenten.some((g) => g.slug === chosen) ? chosen : (gemeenten[0]?.slug ?? "");
  const {
    pending,
    errors: e,
    submit,
    formProps,
  } = useSelfServiceForm("ZJoinCoalition", {
    ...(sectors ? { sector: "text" as const } : {}),
    ackVoluntary: "checkbox",
    ackNoProcurement: "checkbox",
    ackNoMoney: "checkbox",
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setStatus(null);
    submit(
      event,
      (values) => loadActions().then((a) => a.joinCoalitionAction(slug, values)),
      (r, form) => {
        if (!r.ok) {
          setStatus({ kind: "error", text: r.message });
          return;
        }
        const name = gemeenten.find((g) => g.slug === slug)?.name ?? slug; // before the refresh shrinks the list
        if (r.data.status === "CLAIM_PENDING") {
          setStatus({ kind: "ok", text: fillMarks(T.pendingClaim, { gemeente: name }) });
          form.reset();
          return;
        }
        setStatus({ kind: "ok", text: fillMarks(T.done, { gemeente: name }) });
        form.reset();
        router.refresh();
      },
    );
  };
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
    <form method="post" onSubmit={onSubmit} {...formProps} noValidate className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      <Field id="join-gemeente" label={T.gemeente}>
        <select id="join-gemeente" className={inputClass} value={slug} onChange={(ev) => setSlug(ev.target.value)}>
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
