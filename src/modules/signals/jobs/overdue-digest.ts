/**
 * `signals.overdue-digest`: once a day, one mail per responsible person with the number of their
 * overdue signals (no personal data; a link to the overdue view). Responsible: the assignee, else
 * everyone with the role of the step (received/assessed → regisseur, first intake → loket, team → team).
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { sendMail } from "@/lib/mail/transport";
import { platformDb, withTenant } from "@/lib/db/tenant";

const STEP_ROLE: Record<string, "REGISSEUR" | "LOKET" | "TEAM_WELZIJN" | "TEAM_EENZAAMHEID" | "VRIJWILLIGER"> = {
  ONTVANGEN: "REGISSEUR",
  BEOORDEELD: "REGISSEUR",
  EERSTE_INTAKE: "LOKET",
  TEAM_WELZIJN: "TEAM_WELZIJN",
  TEAM_EENZAAMHEID: "TEAM_EENZAAMHEID",
  VRIJWILLIGER: "REGISSEUR",
  DOORVERWEZEN: "REGISSEUR",
};

export async function sendOverdueDigests(now = new Date()): Promise<{ mails: number }> {
  const gemeenten = await platformDb().gemeente.findMany({ select: { id: true, slug: true, name: true } });
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  let mails = 0;
  for (const g of gemeenten) {
    const perEmail = await withTenant({ gemeenteId: g.id }, async (db) => {
      const overdue = await db.signal.findMany({
        where: { dueAt: { lt: now }, status: { notIn: ["AFGESLOTEN", "GEANNULEERD"] } },
        select: { status: true, assigneeUserId: true },
      });
      if (overdue.length === 0) return new Map<string, number>();
      const members = await db.membership.findMany({ select: { userId: true, role: true, user: { select: { email: true } } } });
      const counts = new Map<string, number>();
      for (const s of overdue) {
        const targets = s.assigneeUserId
          ? members.filter((m) => m.userId === s.assigneeUserId)
          : members.filter((m) => m.role === STEP_ROLE[s.status]);
        for (const m of targets) if (m.user.email) counts.set(m.user.email, (counts.get(m.user.email) ?? 0) + 1);
      }
      return counts;
    });
    for (const [to, n] of perEmail) {
      await sendMail({
        to,
        subject: `${n} ${n === 1 ? "signaal wacht" : "signalen wachten"} te lang (${g.name})`,
        text: `Er ${n === 1 ? "is 1 signaal" : `zijn ${n} signalen`} over de afgesproken tijd.\n\nBekijk de lijst:\n${base}/app/${g.slug}/signalen?te_laat=1\n`,
      });
      mails++;
    }
  }
  return { mails };
}

export const overdueDigestJob = defineJob("signals.overdue-digest", z.object({}).strict(), async () => sendOverdueDigests(), {
  retryLimit: 3,
  retryDelay: 300,
  expireInSeconds: 900,
  schedule: { cron: "0 7 * * *", data: {}, tz: "Europe/Amsterdam" },
});
