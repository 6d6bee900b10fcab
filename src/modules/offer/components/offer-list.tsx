import type { ReactNode } from "react";
import { ACCESSIBILITY_LABELS, DAY_LABELS, DEGREE_LABELS, TARGET_GROUP_LABELS, formatCost, type TPublicOffer } from "../schemas";

/** "dinsdag en donderdag, 10:00 tot 12:00" / "op afspraak". */
function scheduleText(o: Pick<TPublicOffer, "scheduleDays" | "startTime" | "endTime" | "scheduleNote">): string {
  const days = o.scheduleDays.map((d) => DAY_LABELS[d]);
  const dayText = days.length > 1 ? `${days.slice(0, -1).join(", ")} en ${days[days.length - 1]}` : (days[0] ?? "");
  const time = o.startTime ? (o.endTime ? `${o.startTime} tot ${o.endTime}` : `vanaf ${o.startTime}`) : "";
  return [[dayText, time].filter(Boolean).join(", "), o.scheduleNote].filter(Boolean).join(". ");
}

/** A list of offer entries as cards (server component; shared by the public and staff pages). */
export function OfferList({
  offers,
  staleIds = new Set<string>(),
  extra,
}: {
  offers: TPublicOffer[];
  staleIds?: Set<string>;
  /** Staff pages: something to show under an entry (e.g. "not published yet" + a publish button). */
  extra?: (offer: TPublicOffer) => ReactNode;
}) {
  return (
    <ul className="mt-4 grid gap-4">
      {offers.map((o) => (
        <li key={o.id} className="rounded border border-line p-4">
          <h3 className="text-xl font-bold">{o.title}</h3>
          {staleIds.has(o.id) ? (
            <p className="mt-1 font-semibold text-danger">Niet op tijd bevestigd: staat niet op de openbare pagina.</p>
          ) : null}
          {o.description ? <p className="mt-1">{o.description}</p> : null}
          <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">Aanbieder</dt>
            <dd>{o.provider}</dd>
            <dt className="font-semibold">Voor wie</dt>
            <dd>{o.targetGroups.map((g) => TARGET_GROUP_LABELS[g]).join(", ")}</dd>
            <dt className="font-semibold">Past bij</dt>
            <dd>{o.degrees.map((d) => DEGREE_LABELS[d]).join(", ")}</dd>
            {o.wijk ? (
              <>
                <dt className="font-semibold">Wijk</dt>
                <dd>{o.wijk}</dd>
              </>
            ) : null}
            {o.locationName || o.address ? (
              <>
                <dt className="font-semibold">Waar</dt>
                <dd>{[o.locationName, o.address].filter(Boolean).join(", ")}</dd>
              </>
            ) : null}
            {scheduleText(o) ? (
              <>
                <dt className="font-semibold">Wanneer</dt>
                <dd>{scheduleText(o)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">Meedoen</dt>
            <dd>{o.howToJoin}</dd>
            <dt className="font-semibold">Kosten</dt>
            <dd>{[formatCost(o.costKind, o.costCents), o.cost].filter(Boolean).join(". ")}</dd>
            {o.accessibility.length ? (
              <>
                <dt className="font-semibold">Toegankelijk</dt>
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
