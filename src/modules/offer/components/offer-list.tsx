import type { ReactNode } from "react";
import type { Messages } from "@/i18n/messages";
import { formatCost, type TPublicOffer } from "../schemas";

type Texts = Messages["legalPages"]["offerCard"];
type Labels = Messages["labels"];

/** "dinsdag en donderdag, 10:00 tot 12:00" / "op afspraak". */
function scheduleText(o: Pick<TPublicOffer, "scheduleDays" | "startTime" | "endTime" | "scheduleNote">, T: Texts, L: Labels): string {
  const days = o.scheduleDays.map((d) => L.day[d]);
  const dayText = days.length > 1 ? T.and(days.slice(0, -1).join(", "), days[days.length - 1]!) : (days[0] ?? "");
  const time = o.startTime ? (o.endTime ? T.fromTo(o.startTime, o.endTime) : T.from(o.startTime)) : "";
  return [[dayText, time].filter(Boolean).join(", "), o.scheduleNote].filter(Boolean).join(". ");
}

/** A list of offer entries as cards (server component; shared by the public and staff pages). */
export function OfferList({
  offers,
  staleIds = new Set<string>(),
  extra,
  texts: T,
  labels: L,
}: {
  offers: TPublicOffer[];
  /** t.legalPages.offerCard (a server component: functions may come along). */
  texts: Texts;
  /** t.labels: the names of target groups, days and the like. */
  labels: Labels;
  staleIds?: Set<string>;
  /** Staff pages: something to show under an entry (e.g. "not published yet" + a publish button). */
  extra?: (offer: TPublicOffer) => ReactNode;
}) {
  return (
    <ul className="mt-4 grid gap-4">
      {offers.map((o) => (
        <li key={o.id} className="rounded border border-line p-4">
          <h3 className="text-xl font-bold">{o.title}</h3>
          {staleIds.has(o.id) ? <p className="mt-1 font-semibold text-danger">{T.stale}</p> : null}
          {o.description ? <p className="mt-1">{o.description}</p> : null}
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{T.provider}</dt>
            <dd>{o.provider}</dd>
            <dt className="font-semibold">{T.forWhom}</dt>
            <dd>{o.targetGroups.map((g) => L.targetGroup[g]).join(", ")}</dd>
            <dt className="font-semibold">{T.fits}</dt>
            <dd>{o.degrees.map((d) => L.degree[d]).join(", ")}</dd>
            {o.wijk ? (
              <>
                <dt className="font-semibold">{T.wijk}</dt>
                <dd>{o.wijk}</dd>
              </>
            ) : null}
            {o.locationName || o.address ? (
              <>
                <dt className="font-semibold">{T.where}</dt>
                <dd>{[o.locationName, o.address].filter(Boolean).join(", ")}</dd>
              </>
            ) : null}
            {scheduleText(o, T, L) ? (
              <>
                <dt className="font-semibold">{T.when}</dt>
                <dd>{scheduleText(o, T, L)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{T.join}</dt>
            <dd>{o.howToJoin}</dd>
            <dt className="font-semibold">{T.cost}</dt>
            <dd>{[formatCost(o.costKind, o.costCents), o.cost].filter(Boolean).join(". ")}</dd>
            {o.accessibility.length ? (
              <>
                <dt className="font-semibold">{T.accessible}</dt>
                <dd>{o.accessibility.map((a) => L.accessibility[a]).join(", ")}</dd>
              </>
            ) : null}
          </dl>
          {extra ? extra(o) : null}
        </li>
      ))}
    </ul>
  );
}
