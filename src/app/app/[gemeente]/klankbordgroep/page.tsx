import { DataTable } from "@/components/data-table";
import { pageContext } from "@/components/shell/page-context";
import { can } from "@/lib/auth/permissions";
import {
  klankbordComposition,
  listKlankbordInputs,
  listKlankbordMeetings,
  listKlankbordMembers,
} from "@/modules/coalition/server/klankbord";
import { THEME_LABELS } from "@/modules/coalition/schemas";
import {
  DeleteMemberButton,
  InputStatusForm,
  KlankbordInputForm,
  KlankbordMeetingForm,
  KlankbordMemberForm,
} from "@/modules/coalition/components/klankbord-forms";
import {
  createKlankbordInputAction,
  createKlankbordMeetingAction,
  createKlankbordMemberAction,
  setKlankbordInputStatusAction,
} from "@/modules/coalition/actions";
import type { KlankbordRiskGroup } from "@/generated/prisma/enums";
import { getT } from "@/i18n/server";

type Props = { params: Promise<{ gemeente: string }> };
export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.nav.klankbord };
}

const dateFmt = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const showDay = (d: string) => dateFmt.format(new Date(`${d}T00:00:00Z`));

/**
 * The klankbordgroep: people with lived experience from the main risk groups, its meetings and its
 * input with what the coalition did with it. Staff with dashboard:read see the composition (counts)
 * and the meetings and input; only the regisseur (coalition:manage) sees and manages the members.
 */
export default async function KlankbordgroepPage({ params }: Props) {
  const { gemeente } = await params;
  const { t } = await getT();
  const k = t.coalitionPages.klankbord;
  const page = await pageContext(gemeente, t.nav.klankbord, "dashboard:read");
  if (!page.ctx) return page.refusal;
  const { ctx } = page;
  const mayManage = can(ctx.role, "coalition:manage");
  const [composition, meetings, inputs, members] = await Promise.all([
    klankbordComposition(ctx),
    listKlankbordMeetings(ctx),
    listKlankbordInputs(ctx),
    mayManage ? listKlankbordMembers(ctx) : Promise.resolve(null),
  ]);
  const open = inputs.filter((i) => i.status === "OPEN").length;

  return (
    <>
      <h1 className="text-3xl font-bold">{t.nav.klankbord}</h1>
      <p className="mt-2 max-w-3xl text-lg">{k.intro(ctx.gemeente.name)}</p>

      <section aria-labelledby="samenstelling" className="mt-8">
        <h2 id="samenstelling" className="text-2xl font-bold">
          {k.compositionTitle(composition.members)}
        </h2>
        <DataTable className="mt-3 max-w-xl" caption={k.compositionCaption} columns={[k.colRiskGroup, k.colMembers]}>
          {(Object.keys(t.labels.klankbordRiskGroup) as KlankbordRiskGroup[]).map((g) => (
            <tr key={g} className="border-b border-line">
              <th scope="row" className="py-2 pr-4 font-normal">
                {t.labels.klankbordRiskGroup[g]}
              </th>
              <td className="py-2 pr-4">{composition.byRiskGroup[g] ?? 0}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      {members ? (
        <section aria-labelledby="leden" className="mt-10">
          <h2 id="leden" className="text-2xl font-bold">
            {k.membersTitle}
          </h2>
          <p className="mt-1 text-muted">{k.membersNote}</p>
          {members.length === 0 ? (
            <p className="mt-3">{k.noMembers}</p>
          ) : (
            <DataTable
              scroll
              className="mt-3"
              caption={k.membersCaption}
              columns={[k.colName, k.colGroups, k.colContact, k.colConsent, { head: k.colActions, unseen: true }]}
            >
              {members.map((m) => (
                <tr key={m.id} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-semibold">
                    {m.displayName}
                  </th>
                  <td className="py-2 pr-4">{m.riskGroups.map((g) => t.labels.klankbordRiskGroup[g]).join(", ")}</td>
                  <td className="py-2 pr-4">{m.contact ?? "—"}</td>
                  <td className="py-2 pr-4">{showDay(m.consentAt)}</td>
                  <td className="py-2 pr-4">
                    <DeleteMemberButton gemeenteSlug={ctx.gemeente.slug} id={m.id} name={m.displayName} texts={k.deleteMember} />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          <h3 id="lid-toevoegen" className="mt-6 text-xl font-bold">
            {k.addMemberTitle}
          </h3>
          <KlankbordMemberForm action={createKlankbordMemberAction.bind(null, ctx.gemeente.slug)} texts={k.memberForm} />
        </section>
      ) : null}

      <section aria-labelledby="bijeenkomsten" className="mt-10">
        <h2 id="bijeenkomsten" className="text-2xl font-bold">
          {k.meetingsTitle(meetings.length)}
        </h2>
        {meetings.length === 0 ? (
          <p className="mt-3">{k.noMeetings}</p>
        ) : (
          <DataTable scroll className="mt-3" caption={k.meetingsCaption} columns={[k.colDate, k.colTopic, k.colNotes, k.colInputs]}>
            {meetings.map((m) => (
              <tr key={m.id} className="border-b border-line align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{showDay(m.date)}</td>
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {m.topic}
                </th>
                <td className="py-2 pr-4 whitespace-pre-line">{m.notes ?? "—"}</td>
                <td className="py-2 pr-4">{m.inputCount}</td>
              </tr>
            ))}
          </DataTable>
        )}
        {mayManage ? (
          <>
            <h3 id="bijeenkomst-toevoegen" className="mt-6 text-xl font-bold">
              {k.addMeetingTitle}
            </h3>
            <KlankbordMeetingForm action={createKlankbordMeetingAction.bind(null, ctx.gemeente.slug)} texts={k.meetingForm} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="inbreng" className="mt-10">
        <h2 id="inbreng" className="text-2xl font-bold">
          {k.inputsTitle(open, inputs.length - open)}
        </h2>
        {inputs.length === 0 ? (
          <p className="mt-3">{k.noInputs}</p>
        ) : (
          <DataTable scroll className="mt-3" caption={k.inputsCaption} columns={[k.colSaid, k.colTheme, k.colMeeting, k.colFollowUp]}>
            {inputs.map((i) => (
              <tr key={i.id} className="border-b border-line align-top">
                <th scope="row" id={`inbreng-tekst-${i.id}`} className="py-2 pr-4 font-normal whitespace-pre-line">
                  {i.text}
                </th>
                <td className="py-2 pr-4">{THEME_LABELS[i.theme] ?? i.theme}</td>
                <td className="py-2 pr-4">{i.meetingTopic ? `${i.meetingTopic} (${showDay(i.meetingDate!)})` : "—"}</td>
                <td className="py-2 pr-4">
                  {mayManage ? (
                    <InputStatusForm
                      action={setKlankbordInputStatusAction.bind(null, ctx.gemeente.slug, i.id)}
                      id={i.id}
                      labelledBy={`inbreng-tekst-${i.id}`}
                      status={i.status}
                      followUp={i.followUp}
                      texts={k.statusForm}
                    />
                  ) : (
                    <>
                      <p className="font-semibold">{t.labels.inputStatus[i.status]}</p>
                      {i.followUp ? <p className="whitespace-pre-line">{i.followUp}</p> : null}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {mayManage ? (
          <>
            <h3 id="inbreng-toevoegen" className="mt-6 text-xl font-bold">
              {k.addInputTitle}
            </h3>
            <KlankbordInputForm
              action={createKlankbordInputAction.bind(null, ctx.gemeente.slug)}
              meetings={meetings.map((m) => ({ id: m.id, label: `${showDay(m.date)}: ${m.topic}` }))}
              texts={k.inputForm}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
