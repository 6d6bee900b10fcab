import { getEngagementSettings } from "@/modules/engagement/server/vasthouden";
import { listTemplates } from "@/modules/engagement/server/templates";
import { listProposition } from "@/modules/engagement/server/contributions";
import { MERGE_FIELDS } from "@/modules/engagement/templates";
import { TEMPLATE_LABELS } from "@/modules/engagement/labels";
import { ActionForm } from "@/modules/engagement/components/action-form";
import { propositionFields, settingsFields, templateFields } from "@/modules/engagement/components/fields";
import { EngagementTabs, engagementContext } from "@/modules/engagement/components/page-context";

type Props = { params: Promise<{ gemeente: string }> };

export async function generateMetadata() {
  return { title: "Instellingen ondernemers" };
}

/** Engagement settings: due weeks, the two mail templates (with merge fields) and the propositie. */
export default async function SettingsPage({ params }: Props) {
  const { gemeente } = await params;
  const { ctx, refusal } = await engagementContext(gemeente, "Instellingen ondernemers", "engagement:manage");
  if (!ctx) return refusal;
  const slug = ctx.gemeente.slug;
  const settings = await getEngagementSettings(ctx);
  const templates = await listTemplates(ctx);
  const proposition = await listProposition(ctx);
  return (
    <>
      <h1 className="text-3xl font-bold">Instellingen ondernemers</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Hoe jouw gemeente met ondernemers werkt in {ctx.gemeente.name}: na hoeveel weken een ondernemer aandacht nodig heeft, de
        mailsjablonen en wat de gemeente ondernemers biedt. De mensen en hun rollen staan onder Mensen.
      </p>
      <EngagementTabs slug={slug} current="instellingen" />

      <section aria-labelledby="aandacht-weken" className="mt-8">
        <h2 id="aandacht-weken" className="text-2xl font-bold">
          Aandacht nodig
        </h2>
        <ActionForm kind="settings" slug={slug} label="Aandacht nodig" fields={settingsFields} defaults={{ dueWeeks: settings.dueWeeks }} />
      </section>

      <section aria-labelledby="sjablonen" className="mt-10">
        <h2 id="sjablonen" className="text-2xl font-bold">
          Mailsjablonen
        </h2>
        <p className="mt-2 max-w-3xl">Je kunt deze velden gebruiken. Ze worden bij het versturen ingevuld:</p>
        <dl className="mt-2 grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6">
          {Object.entries(MERGE_FIELDS).map(([k, label]) => (
            <div key={k} className="contents">
              <dt>
                <code>{`{{${k}}}`}</code>
              </dt>
              <dd>{label}</dd>
            </div>
          ))}
        </dl>
        {templates.map((t) => (
          <div key={t.id} className="mt-6">
            <h3 className="text-xl font-bold">{TEMPLATE_LABELS[t.key]}</h3>
            <ActionForm
              kind="template"
              slug={slug}
              id={t.id}
              label={`Sjabloon: ${TEMPLATE_LABELS[t.key]}`}
              fields={templateFields}
              defaults={{ subject: t.subject, body: t.body }}
            />
          </div>
        ))}
      </section>

      <section aria-labelledby="propositie" className="mt-10">
        <h2 id="propositie" className="text-2xl font-bold">
          Wat de gemeente biedt aan ondernemers
        </h2>
        <ul className="mt-2 list-disc pl-6">
          {proposition.map((p) => (
            <li key={p.id}>
              <strong>{p.title}</strong>
              {p.description ? `: ${p.description}` : ""}
            </li>
          ))}
        </ul>
        <ActionForm kind="proposition" slug={slug} label="Toevoegen aan wat de gemeente biedt" fields={propositionFields} />
      </section>
    </>
  );
}
