/**
 * `engagement.due-digest`: every accounthouder gets one mail listing their relations in
 * vasthouden/versterken without contact for N weeks (gemeente setting, default 6), and their open
 * next actions ("Mijn acties": overdue, due within the coming week, or without a date).
 * Runs weekly (Monday 07:00, Europe/Amsterdam) for every gemeente, or for one gemeente on demand.
 * Data is read through the app client inside withTenant, so RLS applies. Each digest is one
 * `mail.send` job (SMTP, retried on its own), enqueued at most once per accounthouder, gemeente and
 * week (onceKey): a retry of this job after a partial failure, or a second run in the same week,
 * sends nobody a second digest.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { appUrl } from "@/lib/env";
import { amsterdamWeek } from "@/lib/calendar";
import { buildDueDigestMail } from "../digest";
import { dueWeeksFrom, findDueRelationsInTx, groupByAccountHolder } from "../server/vasthouden";
import { openNextActionsInTx, type OpenNextAction } from "../server/contacts";

const DAY = 24 * 3600 * 1000;

export const ZDueDigestPayload = z.object({ gemeenteId: z.uuid().optional() });

export async function sendDueDigests(payload: z.infer<typeof ZDueDigestPayload>, now = new Date()) {
  const week = amsterdamWeek(now);
  const gemeenten = await platformDb().gemeente.findMany({
    where: payload.gemeenteId ? { id: payload.gemeenteId } : {},
    select: { id: true, slug: true, name: true, settings: true },
    orderBy: { slug: "asc" },
  });
  let queued = 0;
  let alreadyQueued = 0;
  let withoutAccountHolder = 0;
  for (const g of gemeenten) {
    const due = await withTenant({ gemeenteId: g.id }, (db) => findDueRelationsInTx(db, g.id, now));
    const groups = groupByAccountHolder(due);
    withoutAccountHolder += groups.get(null)?.length ?? 0;
    const actions = await withTenant({ gemeenteId: g.id }, (db) => openNextActionsInTx(db, now, new Date(now.getTime() + 7 * DAY)));
    const actionsOf = new Map<string, OpenNextAction[]>();
    for (const x of actions) if (x.ownerId) actionsOf.set(x.ownerId, [...(actionsOf.get(x.ownerId) ?? []), x]);
    const holderIds = [...new Set([...groups.keys(), ...actionsOf.keys()])].filter((k): k is string => !!k);
    if (!holderIds.length) continue;
    // Only accounthouders who are still staff of this gemeente and not disabled.
    const staff = await withTenant({ gemeenteId: g.id }, (db) =>
      db.membership.findMany({
        where: { userId: { in: holderIds }, role: { in: ["AMBTENAAR", "REGISSEUR", "LOKET", "TEAM_WELZIJN", "TEAM_EENZAAMHEID"] } },
        select: { user: { select: { id: true, name: true, email: true, disabledAt: true } } },
      }),
    );
    for (const { user } of staff) {
      if (user.disabledAt) continue;
      const mail = buildDueDigestMail({
        gemeenteName: g.name,
        gemeenteSlug: g.slug,
        holderName: user.name,
        dueWeeks: dueWeeksFrom(g.settings),
        relations: groups.get(user.id) ?? [],
        actions: actionsOf.get(user.id) ?? [],
        baseUrl: appUrl(),
      });
      const id = await enqueueJob(
        mailSendJob,
        { to: user.email, ...mail },
        { onceKey: `engagement.due-digest:${g.id}:${user.id}:${week}` },
      );
      if (id) queued++;
      else alreadyQueued++;
    }
  }
  return { queued, alreadyQueued, withoutAccountHolder };
}

export const dueDigestJob = defineJob("engagement.due-digest", ZDueDigestPayload, (payload) => sendDueDigests(payload), {
  retryLimit: 3,
  retryDelay: 300,
  retryBackoff: true,
  expireInSeconds: 900,
  schedule: { cron: "0 7 * * 1", data: {}, tz: "Europe/Amsterdam" },
});
