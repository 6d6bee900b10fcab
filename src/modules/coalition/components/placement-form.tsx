"use client";
/**
 * Move one partner or entrepreneur to another circle, with its ambassadeur. A plain form per row
 * (select + text field + button): works with the keyboard and a screen reader, no dragging. The
 * server checks the kernteam rule; its Dutch field errors appear on the fields.
 */
import { useServerForm } from "@/components/forms/use-server-form";
import type { CoalitionCircle } from "@/generated/prisma/enums";
import type { ActionResult } from "@/lib/result";
import { movePartnerAction, placeVestigingAction } from "../actions";
import { CIRCLE_ORDER, COALITION_CIRCLE_LABELS } from "../schemas";

const FIELDS = ["circle", "ambassador"] as const;
const fieldClass = "mt-1 block w-full rounded border border-line bg-white px-2 py-1 aria-[invalid=true]:border-danger";

type Props = {
  gemeenteSlug: string;
  kind: "partner" | "vestiging";
  id: string;
  name: string;
  circle: CoalitionCircle | null;
  ambassador: string | null;
};

export function PlacementForm({ gemeenteSlug, kind, id, name, circle, ambassador }: Props) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const base = `plaats-${id}`;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const input = { circle: String(fd.get("circle") ?? ""), ambassador: String(fd.get("ambassador") ?? "") };
    const call = async (): Promise<ActionResult<unknown>> => (kind === "partner" ? movePartnerAction(gemeenteSlug, id, input) : placeVestigingAction(gemeenteSlug, id, input));
    submit(form, call, () => (input.circle ? `${name} staat nu in: ${COALITION_CIRCLE_LABELS[input.circle as CoalitionCircle]}.` : `${name} staat nu in geen kring.`));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2" aria-label={`Kring van ${name}`}>
      <div>
        <label htmlFor={`${base}-circle`} className="text-sm font-semibold">Kring</label>
        <select id={`${base}-circle`} name="circle" defaultValue={circle ?? ""} className={fieldClass}
          aria-invalid={errors.circle ? true : undefined} aria-describedby={errors.circle ? `${base}-circle-fout` : undefined}>
          {kind === "vestiging" ? <option value="">Niet in een kring</option> : null}
          {CIRCLE_ORDER.map((c) => <option key={c} value={c}>{COALITION_CIRCLE_LABELS[c]}</option>)}
        </select>
        {errors.circle ? <p id={`${base}-circle-fout`} className="mt-1 text-sm text-danger">{errors.circle}</p> : null}
      </div>
      <div>
        <label htmlFor={`${base}-ambassador`} className="text-sm font-semibold">Ambassadeur</label>
        <input id={`${base}-ambassador`} name="ambassador" type="text" defaultValue={ambassador ?? ""} autoComplete="off" className={fieldClass}
          aria-invalid={errors.ambassador ? true : undefined} aria-describedby={errors.ambassador ? `${base}-ambassador-fout` : undefined} />
        {errors.ambassador ? <p id={`${base}-ambassador-fout`} className="mt-1 max-w-xs text-sm text-danger">{errors.ambassador}</p> : null}
      </div>
      <button type="submit" disabled={pending} aria-label={`Kring van ${name} opslaan`}
        className="rounded bg-brand px-3 py-1 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {pending ? "Bezig…" : "Opslaan"}
      </button>
      <p role="status" aria-live="polite" className={`basis-full text-sm ${status?.kind === "error" ? "text-danger" : "text-brand-strong"}`}>{status?.text}</p>
    </form>
  );
}

/** Put an entrepreneur who is not in a circle yet into one. */
export function PlaceVestigingForm({ gemeenteSlug, options }: { gemeenteSlug: string; options: { id: string; label: string }[] }) {
  const { pending, status, errors, submit } = useServerForm(["vestigingId", "circle", "ambassador"] as const);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const id = String(fd.get("vestigingId") ?? "");
    const input = { circle: String(fd.get("circle") ?? ""), ambassador: String(fd.get("ambassador") ?? "") };
    const label = options.find((o) => o.id === id)?.label ?? "De ondernemer";
    submit(form, async () => {
      if (!id) return { ok: false as const, code: "VALIDATION", message: "Kies een ondernemer.", fieldErrors: { vestigingId: ["Kies een ondernemer uit de lijst."] } };
      return placeVestigingAction(gemeenteSlug, id, input);
    }, () => `${label} is in de kring gezet.`);
  }
  const aria = (f: "vestigingId" | "circle" | "ambassador") => ({ "aria-invalid": errors[f] ? true : undefined, "aria-describedby": errors[f] ? `plaats-nieuw-${f}-fout` : undefined });
  const err = (f: "vestigingId" | "circle" | "ambassador") => (errors[f] ? <p id={`plaats-nieuw-${f}-fout`} className="mt-1 text-danger">{errors[f]}</p> : null);
  const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="ondernemer-plaatsen">
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
      </div>
      <div>
        <label htmlFor="plaats-nieuw-vestigingId" className="font-semibold">Ondernemer</label>
        <select id="plaats-nieuw-vestigingId" name="vestigingId" defaultValue="" className={inputClass} {...aria("vestigingId")}>
          <option value="">Kies een ondernemer</option>
          {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
        </select>
        {err("vestigingId")}
      </div>
      <div>
        <label htmlFor="plaats-nieuw-circle" className="font-semibold">Kring</label>
        <select id="plaats-nieuw-circle" name="circle" defaultValue="LOKALE_COALITIE" className={inputClass} {...aria("circle")}>
          {CIRCLE_ORDER.map((c) => <option key={c} value={c}>{COALITION_CIRCLE_LABELS[c]}</option>)}
        </select>
        {err("circle")}
      </div>
      <div>
        <label htmlFor="plaats-nieuw-ambassador" className="font-semibold">Ambassadeur (verplicht in het kernteam)</label>
        <input id="plaats-nieuw-ambassador" name="ambassador" type="text" autoComplete="off" className={inputClass} {...aria("ambassador")} />
        {err("ambassador")}
      </div>
      <button type="submit" disabled={pending} className="justify-self-start rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {pending ? "Bezig met opslaan…" : "In de kring zetten"}
      </button>
    </form>
  );
}
