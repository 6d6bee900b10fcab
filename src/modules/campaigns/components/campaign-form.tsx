"use client";
/**
 * Add or change one campaign or small action, in the one form pattern (src/components/forms/action-form.ts):
 * it posts with or without JavaScript; with JavaScript the browser first checks it with the server's
 * schema (ZCampaignInput, loaded at the first focus). Dutch field errors sit on their fields. Its texts
 * come from the catalogue through the page (planPages.campaignForm): in the HTML, not in this script.
 */
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { CheckboxGroup, FormStatus, SelectField, SubmitButton, TextField } from "@/components/forms/form-fields";
import { TARGET_GROUP_LABELS } from "@/modules/offer";
import { CAMPAIGN_FORM } from "../form-fields";
import { CAMPAIGN_KIND_LABELS, CAMPAIGN_STATUS_LABELS, type TCampaign } from "../schemas";
import { fillMarks } from "@/lib/text/marks";

type Field = keyof typeof CAMPAIGN_FORM;

export function CampaignForm({
  action,
  campaign,
  year,
  labelledBy,
  texts: x,
}: {
  /**
   * `action`: updateCampaignAction bound to the gemeente and `campaign`'s id (an edit), or createCampaignAction bound
   * to the gemeente (a new one), by the page (a server-bound action also posts without JavaScript).
   */
  action: FormAction<TCampaign>;
  /** The campaign to change; none to add a new one. */
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
  const { formProps, errors, status, pending } = useActionForm({
    action,
    fields: CAMPAIGN_FORM,
    schema: () => import("../schemas").then((m) => m.ZCampaignInput),
    okText: (saved) => fillMarks(campaign ? x.updated : x.created, { title: saved.title }),
    resetOnSuccess: !campaign,
  });
  const p = campaign ? `campagne-${campaign.id}` : "campagne-nieuw";

  const input = (f: Field, label: string, value: string, type = "text", optional = false) => (
    <TextField id={`${p}-${f}`} name={f} label={label} type={type} optional={optional} defaultValue={value} error={errors[f]} />
  );

  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4" aria-labelledby={labelledBy}>
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
