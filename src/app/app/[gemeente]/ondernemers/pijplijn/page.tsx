import Link from "next/link";
import { pipelineBoard } from "@/modules/engagement/server/board";
import { STEP_LABELS } from "@/modules/engagement/labels";
import { ActionForm } from "@/modules/engagement/components/action-form";
import { BoardDragAndDrop } from "@/modules/engagement/components/board-drag";
import { CardMoveForm } from "@/modules/engagement/components/card-move-form";
import { moveFields, reasonFields } from "@/modules/engagement/components/fields";
import { EngagementTabs, engagementContext, formatDate } from "@/modules/engagement/components/page-context";

type Props = { params: Promise<{ gemeente: string }>; searchParams: Promise<{ weergave?: string }> };

export async function generateMetadata() {
  return { title: "Ondernemers per stap" };
}

/**
 * The pipeline as a board (five columns) or a table. Moving is done with the "Verplaatsen" form on
 * each card: a native select, a reason and a button — usable with mouse, keyboard and screen reader.
 */
export default async function PipelinePage({ params, searchParams }: Props) {
  const { gemeente } = await params;
  const { weergave } = await searchParams;
  const { ctx, refusal } = await engagementContext(gemeente, "Ondernemers per stap", "engagement:manage");
  if (!ctx) return refusal;
  const slug = ctx.gemeente.slug;
  const base = `/app/${encodeURIComponent(slug)}/ondernemers`;
  // Bounded per column (BOARD_COLUMN_SIZE cards), with the true total per step: fast at any size.
  const { columns, parked } = await pipelineBoard(ctx);
  const inPipeline = columns.filter((c) => c.step !== "VOORBEREIDEN").flatMap((c) => c.items);
  const more = (total: number, shown: number, href: string, what: string) =>
    total > shown ? (
      <p className="mt-2 text-sm">
        {shown} van {total} getoond.{" "}
        <Link className="underline" href={href}>
          Bekijk alle {total} {what} in de lijst
        </Link>
      </p>
    ) : null;
  const table = weergave === "tabel";

  return (
    <>
      <h1 className="text-3xl font-bold">Ondernemers per stap</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Van verbinden tot versterken. Verplaats een ondernemer met de knop Verplaatsen en schrijf op waarom. Met de muis kun je een kaart
        ook naar een andere kolom slepen.
      </p>
      <EngagementTabs slug={slug} current="pijplijn" />
      <p className="mt-4">
        Weergave:{" "}
        <Link href={`${base}/pijplijn`} aria-current={!table ? "page" : undefined} className={!table ? "font-bold underline" : "underline"}>
          Bord
        </Link>
        {" · "}
        <Link
          href={`${base}/pijplijn?weergave=tabel`}
          aria-current={table ? "page" : undefined}
          className={table ? "font-bold underline" : "underline"}
        >
          Tabel
        </Link>
      </p>

      {table ? (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Ondernemers per stap, als tabel</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Ondernemer
                </th>
                <th scope="col" className="py-2 pr-4">
                  Stap
                </th>
                <th scope="col" className="py-2 pr-4">
                  Bevestigd
                </th>
                <th scope="col" className="py-2 pr-4">
                  Laatste contact
                </th>
                <th scope="col" className="py-2 pr-4">
                  Verplaatsen
                </th>
              </tr>
            </thead>
            <tbody>
              {inPipeline.map((v) => (
                <tr key={v.id} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4">
                    <Link className="underline" href={`${base}/${v.id}`}>
                      {v.name}
                    </Link>
                  </th>
                  <td className="py-2 pr-4">
                    {STEP_LABELS[v.step]}
                    {v.openDoubts ? " (twijfel)" : ""}
                  </td>
                  <td className="py-2 pr-4">{v.acknowledgedAt ? formatDate(v.acknowledgedAt) : "Nee"}</td>
                  <td className="py-2 pr-4">{formatDate(v.lastContactAt)}</td>
                  <td className="py-2 pr-4">
                    <ActionForm compact kind="moveStep" slug={slug} id={v.id} label={`Verplaats ${v.name}`} fields={moveFields} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {columns
            .filter((c) => c.step !== "VOORBEREIDEN")
            .map((c) => (
              <div key={c.step}>{more(c.total, c.items.length, `${base}?step=${c.step}`, `in ${STEP_LABELS[c.step]}`)}</div>
            ))}
        </div>
      ) : (
        <div id="pijplijn-bord" className="mt-6 grid gap-4 lg:grid-cols-5">
          <BoardDragAndDrop boardId="pijplijn-bord" />
          {columns.map(({ step, total, items: cards }) => {
            return (
              <section key={step} aria-labelledby={`kolom-${step}`} data-step={step} className="rounded border border-line p-3">
                <h2 id={`kolom-${step}`} className="text-xl font-bold">
                  {STEP_LABELS[step]} ({total})
                </h2>
                {more(total, cards.length, `${base}?step=${step}`, `in ${STEP_LABELS[step]}`)}
                <ul className="mt-2 grid gap-3">
                  {cards.map((v) => (
                    <li key={v.id} data-card-id={v.id} className="rounded border border-line bg-white p-2" aria-label={v.name}>
                      <Link className="font-semibold underline" href={`${base}/${v.id}`}>
                        {v.name}
                      </Link>
                      <p className="text-sm">
                        {v.acknowledgedAt ? "Vrijwilligheid bevestigd" : "Nog niet bevestigd"}
                        {v.openDoubts ? " · Twijfel open" : ""}
                      </p>
                      <CardMoveForm slug={slug} id={v.id} name={v.name} />
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
          Stilgezet ({parked.total})
        </h2>
        {more(parked.total, parked.items.length, `${base}?stilgezet=ja`, "stilgezette ondernemers")}
        {parked.items.length === 0 ? (
          <p className="mt-2">Er staat niemand stil.</p>
        ) : (
          <ul className="mt-2 grid gap-3">
            {parked.items.map((v) => (
              <li key={v.id} className="rounded border border-line p-2">
                <Link className="font-semibold underline" href={`${base}/${v.id}`}>
                  {v.name}
                </Link>{" "}
                — {STEP_LABELS[v.step]}, stilgezet sinds {formatDate(v.parkedAt)}
                <ActionForm compact kind="revive" slug={slug} id={v.id} label={`Weer oppakken: ${v.name}`} fields={reasonFields} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
