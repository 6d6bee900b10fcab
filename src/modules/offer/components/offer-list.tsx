import type { ReactNode } from "react";
import type { Messages } from "@/i18n/messages";
import { ACCESSIBILITY_LABELS, DAY_LABELS, DEGREE_LABELS, TARGET_GROUP_LABELS, formatCost, type TPublicOffer } from "../schemas";

type Texts = Messages["legalPages"]["offerCard"];

/** "dinsdag en donderdag, 10:00 tot 12:00" / "op afspraak". */
function scheduleText(o: Pick<TPublicOffer, "scheduleDays" | "startTime" | "endTime" | "scheduleNote">, T: Texts): string {
  const days = o.scheduleDays.map((d) => DAY_LABELS[d]);
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
}: {
  offers: TPublicOffer[];
  /** t.legalPages.offerCard (a server component: functions may come along). */
  texts: Texts;
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
            <dd>{o.targetGroups.map((g) => TARGET_GROUP_LABELS[g]).join(", ")}</dd>
            <dt className="font-semibold">{T.fits}</dt>
            <dd>{o.degrees.map((d) => DEGREE_LABELS[d]).join(", ")}</dd>
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
            {scheduleText(o, T) ? (
              <>
                <dt className="font-semibold">{T.when}</dt>
                <dd>{scheduleText(o, T)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{T.join}</dt>
            <dd>{o.howToJoin}</dd>
            <dt className="font-semibold">{T.cost}</dt>
            <dd>{[formatCost(o.costKind, o.costCents), o.cost].filter(Boolean).join(". ")}</dd>
            {o.accessibility.length ? (
              <>
                <dt className="font-semibold">{T.accessible}</dt>
                <dd>{o.accessibility.map((a) => ACCESSIBILITY_LABELS[a]).join(", ")}</dd>
              </>
            ) : null}
          </dl>
          {extra ? extra(o) : null}
        </li>
      ))}
    </ul>
  );
}
