"use client";
/** Add or change one campaign or small action. The server validates; Dutch field errors sit on their fields. */
import { useServerForm } from "@/components/forms/use-server-form";
import { TARGET_GROUP_LABELS, TARGET_GROUPS } from "@/modules/offer/schemas";
import { createCampaignAction, updateCampaignAction } from "../actions";
import { CAMPAIGN_KIND_LABELS, CAMPAIGN_STATUS_LABELS, type TCampaign } from "../schemas";

const inputClass = "mt-1 block w-full rounded border border-line bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
const FIELDS = ["title", "kind", "targetGroups", "startDate", "endDate", "status", "owner", "description"] as const;
type Field = (typeof FIELDS)[number];

export function CampaignForm({ gemeenteSlug, campaign, year, labelledBy }: { gemeenteSlug: string; campaign?: TCampaign; year: number; labelledBy: string }) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const p = campaign ? `campagne-${campaign.id}` : "campagne-nieuw";

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const fd = new FormData(form);
    const s = (k: string) => String(fd.get(k) ?? "");
    const input = {
      title: s("title"), kind: s("kind"), targetGroups: fd.getAll("targetGroups").map(String), startDate: s("startDate"), endDate: s("endDate"),
      status: s("status") || "GEPLAND", owner: s("owner"), description: s("description"),
    };
    if (campaign) submit(form, () => updateCampaignAction(gemeenteSlug, campaign.id, input), (d) => `${d.title} is bijgewerkt.`);
    else submit(form, () => createCampaignAction(gemeenteSlug, input), (d) => `${d.title} staat in het jaarplan.`);
  }

  const err = (f: Field) => (errors[f] ? <p id={`${p}-${f}-fout`} className="mt-1 text-danger">{errors[f]}</p> : null);
  const aria = (f: Field) => ({ "aria-invalid": errors[f] ? true : undefined, "aria-describedby": errors[f] ? `${p}-${f}-fout` : undefined });
  const input = (f: Field, label: string, value: string, type = "text", optional = false) => (
    <div>
      <label htmlFor={`${p}-${f}`} className="font-semibold">{label}{optional ? " (niet verplicht)" : ""}</label>
      <input id={`${p}-${f}`} name={f} type={type} defaultValue={value} className={inputClass} {...aria(f)} />
      {err(f)}
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
      <div aria-live="polite" role="status" className="min-h-6">
        {status ? <p className={status.kind === "ok" ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>{status.text}</p> : null}
      </div>
      {input("title", "Titel", campaign?.title ?? "")}
      <div>
        <label htmlFor={`${p}-kind`} className="font-semibold">Soort</label>
        <select id={`${p}-kind`} name="kind" className={inputClass} defaultValue={campaign?.kind ?? ""} {...aria("kind")}>
          <option value="">Kies een soort</option>
          {Object.entries(CAMPAIGN_KIND_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
        {err("kind")}
      </div>
      <fieldset {...aria("targetGroups")}>
        <legend className="font-semibold">Voor welke doelgroep?</legend>
        {TARGET_GROUPS.map((g) => (
          <label key={g} className="mt-1 flex items-center gap-2">
            <input type="checkbox" name="targetGroups" value={g} defaultChecked={campaign?.targetGroups.includes(g) ?? false} /> {TARGET_GROUP_LABELS[g]}
          </label>
        ))}
        {err("targetGroups")}
      </fieldset>
      {input("startDate", "Begindatum", campaign?.startDate ?? `${year}-01-01`, "date")}
      {input("endDate", "Einddatum", campaign?.endDate ?? `${year}-01-31`, "date")}
      <div>
        <label htmlFor={`${p}-status`} className="font-semibold">Stand</label>
        <select id={`${p}-status`} name="status" className={inputClass} defaultValue={campaign?.status ?? "GEPLAND"} {...aria("status")}>
          {Object.entries(CAMPAIGN_STATUS_LABELS).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
        {err("status")}
      </div>
      {input("owner", "Wie trekt het?", campaign?.owner ?? "", "text", true)}
      {input("description", "Korte uitleg", campaign?.description ?? "", "text", true)}
      <button type="submit" disabled={pending} className="justify-self-start rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70">
        {pending ? "Bezig met opslaan…" : campaign ? `Wijzigingen opslaan voor ${campaign.title}` : "Toevoegen aan het jaarplan"}
      </button>
    </form>
  );
}
