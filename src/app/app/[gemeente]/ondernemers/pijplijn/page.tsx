import Link from "next/link";
import { getT } from "@/i18n/server";
import { DataTable } from "@/components/data-table";
import { fillMarks } from "@/lib/text/marks";
import { pipelineBoard } from "@/modules/engagement/server/board";
import { ActionForm, cardMoveTexts } from "@/modules/engagement/components/action-form";
import { BoardDragAndDrop } from "@/modules/engagement/components/board-drag";
import { CardMoveForm } from "@/modules/engagement/components/card-move-form";
import { moveFields, reasonFields } from "@/modules/engagement/components/fields";
import { EngagementTabs, engagementContext, formatDate } from "@/modules/engagement/components/page-context";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ weergave?: string }> };

export async function generateMetadata() {
  const { t } = await getT();
  return { title: t.engagementPages.pipeline.metaTitle };
}

/**
 * The pipeline as a board (five columns) or a table. Moving is done with the "Verplaatsen" form on
 * each card: a native select, a reason and a button — usable with mouse, keyboard and screen reader.
 */
export default async function PipelinePage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const { weergave } = await searchParams;
  const { t } = await getT();
  const texts = t.engagementPages.pipeline;
  const formTexts = t.engagementPages.actionForm;
  const cardTexts = cardMoveTexts(t); // one object for every card, in the reader's language
  const { ctx, refusal } = await engagementContext(gemeente, texts.title, "engagement:manage");
  if (!ctx) return refusal;
  const slug = ctx.gemeente.slug;
  const base = `/app/${encodeURIComponent(slug)}/ondernemers`;
  // Bounded per column (BOARD_COLUMN_SIZE cards), with the true total per step: fast at any size.
  const { columns, parked } = await pipelineBoard(ctx);
  const inPipeline = columns.filter((c) => c.step !== "VOORBEREIDEN").flatMap((c) => c.items);
  const more = (total: number, shown: number, href: string, what: string) =>
    total > shown ? (
      <p className="mt-2 text-sm">
        {texts.shownOf(shown, total)}{" "}
        <Link className="underline" href={href}>
          {texts.seeAll(total, what)}
        </Link>
      </p>
    ) : null;
  const table = weergave === "tabel";

  return (
    <>
      <h1 className="text-3xl font-bold">{texts.title}</h1>
      <p className="mt-2 max-w-3xl text-lg">{texts.intro}</p>
      <EngagementTabs slug={slug} current="pijplijn" />
      <p className="mt-4">
        {texts.view}{" "}
        <Link href={`${base}/pijplijn`} aria-current={!table ? "page" : undefined} className={!table ? "font-bold underline" : "underline"}>
          {texts.board}
        </Link>
        {" · "}
        <Link
          href={`${base}/pijplijn?weergave=tabel`}
          aria-current={table ? "page" : undefined}
          className={table ? "font-bold underline" : "underline"}
        >
          {texts.table}
        </Link>
      </p>

      {table ? (
        <div className="mt-6 overflow-x-auto">
          <DataTable caption={texts.caption} columns={[texts.entrepreneur, texts.step, texts.acknowledged, texts.lastContact, texts.move]}>
            {inPipeline.map((v) => (
              <tr key={v.id} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4">
                  <Link className="underline" prefetch={false} href={`${base}/${v.id}`}>
                    {v.name}
                  </Link>
                </th>
                <td className="py-2 pr-4">
                  {t.labels.step[v.step]}
                  {v.openDoubts ? ` ${texts.doubt}` : ""}
                </td>
                <td className="py-2 pr-4">{v.acknowledgedAt ? formatDate(v.acknowledgedAt) : texts.no}</td>
                <td className="py-2 pr-4">{formatDate(v.lastContactAt)}</td>
                <td className="py-2 pr-4">
                  <ActionForm
                    compact
                    kind="moveStep"
                    slug={slug}
                    id={v.id}
                    label={fillMarks(t.engagementPages.cardMove.label, { name: v.name })}
                    fields={moveFields}
                    texts={formTexts}
                  />
                </td>
              </tr>
            ))}
          </DataTable>
          {columns
            .filter((c) => c.step !== "VOORBEREIDEN")
            .map((c) => (
              <div key={c.step}>{more(c.total, c.items.length, `${base}?step=${c.step}`, texts.inStep(t.labels.step[c.step]))}</div>
            ))}
        </div>
      ) : (
        <div id="pijplijn-bord" className="mt-6 grid gap-4 lg:grid-cols-5">
          <BoardDragAndDrop boardId="pijplijn-bord" texts={t.engagementPages.boardDrag} />
          {columns.map(({ step, total, items: cards }) => {
            return (
              <section key={step} aria-labelledby={`kolom-${step}`} data-step={step} className="rounded border border-line p-3">
                <h2 id={`kolom-${step}`} className="text-xl font-bold">
                  {t.labels.step[step]} ({total})
                </h2>
                {more(total, cards.length, `${base}?step=${step}`, texts.inStep(t.labels.step[step]))}
                <ul className="mt-2 grid gap-3">
                  {cards.map((v) => (
                    <li key={v.id} data-card-id={v.id} className="rounded border border-line bg-white p-2" aria-label={v.name}>
                      <Link className="font-semibold underline" prefetch={false} href={`${base}/${v.id}`}>
                        {v.name}
                      </Link>
                      <p className="text-sm">
                        {v.acknowledgedAt ? texts.cardAcknowledged : texts.cardNotAcknowledged}
                        {v.openDoubts ? ` · ${texts.cardDoubt}` : ""}
                      </p>
                      <CardMoveForm slug={slug} id={v.id} name={v.name} texts={cardTexts} />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}

      <section aria-labelledby="geparkeerd" className="mt-10">
        <h2 id="geparkeerd" className="text-2xl font-bold">
          {texts.parkedTitle(parked.total)}
        </h2>
        {more(parked.total, parked.items.length, `${base}?stilgezet=ja`, texts.parkedEntrepreneurs)}
        {parked.items.length === 0 ? (
          <p className="mt-2">{texts.parkedNone}</p>
        ) : (
          <ul className="mt-2 grid gap-3">
            {parked.items.map((v) => (
              <li key={v.id} className="rounded border border-line p-2">
                <Link className="font-semibold underline" prefetch={false} href={`${base}/${v.id}`}>
                  {v.name}
                </Link>{" "}
                — {t.labels.step[v.step]}, {texts.parkedSince(formatDate(v.parkedAt))}
                <ActionForm
                  compact
                  kind="revive"
                  slug={slug}
                  id={v.id}
                  label={texts.revive(v.name)}
                  fields={reasonFields}
                  texts={formTexts}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
