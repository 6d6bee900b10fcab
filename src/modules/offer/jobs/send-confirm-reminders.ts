/**
 * `offer.confirm-reminders`: asks providers to confirm their entries in the support offer. An entry
 * is due one month before it turns stale (interval N months, gemeente setting offerConfirmMonths);
 * a provider gets at most one reminder per entry per 14 days. Runs daily at 06:30 Europe/Amsterdam.
 * Reads through withTenant (RLS applies); mail goes through SMTP with a signed confirmation link.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { sendMail } from "@/lib/mail/transport";
import { appUrl } from "@/lib/env";
import { confirmMonthsFrom, staleBefore } from "../freshness";
import { signConfirmToken } from "../token";

export const ZConfirmRemindersPayload = z.object({ gemeenteId: z.uuid().optional() });
const REMIND_EVERY_DAYS = 14;

function buildConfirmMail(input: { gemeenteName: string; title: string; provider: string; months: number; link: string }) {
  return {
    subject: `Klopt uw activiteit "${input.title}" nog? (${input.gemeenteName})`,
    text: [
      `Beste ${input.provider},`,
      "",
      `In het overzicht van activiteiten tegen eenzaamheid van ${input.gemeenteName} staat "${input.title}".`,
      `We vragen elke ${input.months} maanden of de gegevens nog kloppen. Zo vinden inwoners altijd actuele hulp.`,
      "",
      "Klopt alles nog? Open deze link en klik op de knop:",
      input.link,
      "",
      "Is er iets veranderd of stopt de activiteit? Mail dan de regisseur eenzaamheid van de gemeente.",
      "",
      "Deze mail komt automatisch van Samenkracht.",
    ].join("\n"),
  };
}

async function sendConfirmReminders(payload: z.infer<typeof ZConfirmRemindersPayload>, now = new Date()) {
  const gemeenten = await platformDb().gemeente.findMany({
    where: payload.gemeenteId ? { id: payload.gemeenteId } : {},
    select: { id: true, slug: true, name: true, settings: true },
    orderBy: { slug: "asc" },
  });
  let sent = 0;
  for (const g of gemeenten) {
    const months = confirmMonthsFrom(g.settings);
    const dueBefore = staleBefore(now, Math.max(months - 1, 0));
    const remindedBefore = new Date(now.getTime() - REMIND_EVERY_DAYS * 86_400_000);
    const due = await withTenant({ gemeenteId: g.id }, (db) =>
      db.supportOffer.findMany({
        where: {
          providerEmail: { not: null },
          confirmedAt: { lt: dueBefore },
          OR: [{ lastReminderAt: null }, { lastReminderAt: { lt: remindedBefore } }],
        },
        select: { id: true, title: true, provider: true, providerEmail: true },
      }),
    );
    for (const offer of due) {
      const token = signConfirmToken(offer.id, g.id, now);
      const link = `${appUrl()}/g/${g.slug}/aanbod/bevestigen?token=${encodeURIComponent(token)}`;
      await sendMail({
        to: offer.providerEmail!,
        ...buildConfirmMail({ gemeenteName: g.name, title: offer.title, provider: offer.provider, months, link }),
      });
      await withTenant({ gemeenteId: g.id }, (db) => db.supportOffer.update({ where: { id: offer.id }, data: { lastReminderAt: now } }));
      sent++;
    }
  }
  return { sent };
}

export const confirmRemindersJob = defineJob(
  "offer.confirm-reminders",
  ZConfirmRemindersPayload,
  (payload) => sendConfirmReminders(payload),
  {
    retryLimit: 3,
    retryDelay: 300,
    retryBackoff: true,
    expireInSeconds: 900,
    schedule: { cron: "30 6 * * *", data: {}, tz: "Europe/Amsterdam" },
  },
);
