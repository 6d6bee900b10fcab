import { getT } from "@/i18n/server";
import { getEngagementSettings } from "@/modules/engagement/server/vasthouden";
import { listTemplates } from "@/modules/engagement/server/templates";
import { listProposition } from "@/modules/engagement/server/contributions";
import { MERGE_FIELDS, type MergeField } from "@/modules/engagement/templates";
import { ActionForm } from "@/modules/engagement/components/action-form";
import { propositionFields, settingsFields, templateFields } from "@/modules/engagement/components/fields";
import { EngagementTabs, engagementContext } from "@/modules/engagement/components/page-context";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.gemeentePages.settings.title };
}

/** Engagement settings: due weeks, the two mail templates (with merge fields) and the propositie. */
export default async function SettingsPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const x = t.gemeentePages.settings;
  const formTexts = t.engagementPages.actionForm;
  const { ctx, refusal } = await engagementContext(gemeente, x.title, "engagement:manage");
  if (!ctx) return refusal;
  const slug = ctx.gemeente.slug;
  const settings = await getEngagementSettings(ctx);
  const templates = await listTemplates(ctx);
  const proposition = await listProposition(ctx);
  return (
    <>
      <h1 className="text-3xl font-bold">{x.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{x.intro(ctx.gemeente.name)}</p>
      <EngagementTabs slug={slug} current="instellingen" />

      <section aria-labelledby="aandacht-weken" className="mt-8">
        <h2 id="aandacht-weken" className="text-2xl font-bold">
          {x.attentionHeading}
        </h2>
        <ActionForm
          kind="settings"
          slug={slug}
          label={x.attentionForm}
          fields={settingsFields}
          defaults={{ dueWeeks: settings.dueWeeks }}
          texts={formTexts}
        />
      </section>

      <section aria-labelledby="sjablonen" className="mt-10">
        <h2 id="sjablonen" className="text-2xl font-bold">
          {x.templatesHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{x.mergeFieldsIntro}</p>
        <dl className="mt-2 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6">
          {(Object.keys(MERGE_FIELDS) as MergeField[]).map((k) => (
            <div key={k} className="contents">
              <dt>
                <code>{`{{${k}}}`}</code>
              </dt>
              <dd>{t.engagementPages.mergeFields[k]}</dd>
            </div>
          ))}
        </dl>
        {templates.map((tpl) => (
          <div key={tpl.id} className="mt-6">
            <h3 className="text-xl font-bold">{t.labels.template[tpl.key]}</h3>
            <ActionForm
              kind="template"
              slug={slug}
              id={tpl.id}
              label={x.templateForm(t.labels.template[tpl.key])}
              fields={templateFields}
              defaults={{ subject: tpl.subject, body: tpl.body }}
              texts={formTexts}
            />
          </div>
        ))}
      </section>

      <section aria-labelledby="propositie" className="mt-10">
        <h2 id="propositie" className="text-2xl font-bold">
          {x.offersHeading}
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {proposition.map((p) => (
            <li key={p.id}>
              <strong>{p.title}</strong>
              {p.description ? <>: {p.description}</> : null}
            </li>
          ))}
        </ul>
        <ActionForm kind="proposition" slug={slug} label={x.addOffer} fields={propositionFields} texts={formTexts} />
      </section>
    </>
  );
}
