"use client";
/**
 * Add or change one campaign or small action. The server validates; Dutch field errors sit on their fields.
 * Its texts come from the catalogue through the page (planPages.campaignForm): in the HTML, not in this script.
 */
import { CheckboxGroup, FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { readForm } from "@/components/forms/read-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { TARGET_GROUP_LABELS } from "@/modules/offer";
import { createCampaignAction, updateCampaignAction } from "../actions";
import { CAMPAIGN_KIND_LABELS, CAMPAIGN_STATUS_LABELS, type TCampaign } from "../schemas";
import { fillMarks } from "@/lib/text/marks";

const FIELDS = ["title", "kind", "targetGroups", "startDate", "endDate", "status", "owner", "description"] as const;
type Field = (typeof FIELDS)[number];

export function CampaignForm({
  gemeenteSlug,
  campaign,
  year,
  labelledBy,
  texts: x,
}: {
  gemeenteSlug: string;
  campaign?: TCampaign;
  year: number;
  labelledBy: string;
  texts: Record<
    | "updated"
    | "created"
    | "title"
    | "kind"
    | "kindPlaceholder"
    | "targetGroups"
    | "startDate"
    | "endDate"
    | "status"
    | "owner"
    | "description"
    | "saveChanges"
    | "add",
    string
  >;
}) {
  const { pending, status, errors, submit } = useServerForm(FIELDS);
  const p = campaign ? `campagne-${campaign.id}` : "campagne-nieuw";

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const { form, text: s, all } = readForm(event);
    const input = {
      title: s("title"),
      kind: s("kind"),
      targetGroups: all("targetGroups"),
      startDate: s("startDate"),
      endDate: s("endDate"),
      status: s("status") || "GEPLAND",
      owner: s("owner"),
      description: s("description"),
    };
    if (campaign)
      submit(
        form,
        () => updateCampaignAction(gemeenteSlug, campaign.id, input),
        (d) => fillMarks(x.updated, { title: d.title }),
      );
    else
      submit(
        form,
        () => createCampaignAction(gemeenteSlug, input),
        (d) => fillMarks(x.created, { title: d.title }),
      );
  }

  const input = (f: Field, label: string, value: string, type = "text", optional = false) => (
    <TextField id={`${p}-${f}`} name={f} label={label} type={type} optional={optional} defaultValue={value} error={errors[f]} />
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
      <FormStatus status={status} />
      {input("title", x.title, campaign?.title ?? "")}
      <SelectField
        id={`${p}-kind`}
        name="kind"
        label={x.kind}
        options={CAMPAIGN_KIND_LABELS}
        placeholder={x.kindPlaceholder}
        defaultValue={campaign?.kind ?? ""}
        error={errors.kind}
      />
      <CheckboxGroup
        id={`${p}-targetGroups`}
        legend={x.targetGroups}
        name="targetGroups"
        options={TARGET_GROUP_LABELS}
        checked={campaign?.targetGroups}
        error={errors.targetGroups}
      />
      {input("startDate", x.startDate, campaign?.startDate ?? `${year}-01-01`, "date")}
      {input("endDate", x.endDate, campaign?.endDate ?? `${year}-01-31`, "date")}
      <SelectField
        id={`${p}-status`}
        name="status"
        label={x.status}
        options={CAMPAIGN_STATUS_LABELS}
        defaultValue={campaign?.status ?? "GEPLAND"}
        error={errors.status}
      />
      {input("owner", x.owner, campaign?.owner ?? "", "text", true)}
      {input("description", x.description, campaign?.description ?? "", "text", true)}
      <SubmitButton pending={pending}>{campaign ? fillMarks(x.saveChanges, { title: campaign.title }) : x.add}</SubmitButton>
    </form>
  );
}
