/**
 * `signals.overdue-digest`: once a day, one mail per responsible person with the number of their
 * overdue signals (no personal data; a link to the overdue view). Responsible: the assignee, else
 * everyone with the role of the step (received/assessed → regisseur, first intake → loket, team → team).
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { sendMail } from "@/lib/mail/transport";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { mailModesFor } from "../server/settings";

const STEP_ROLE: Record<string, "REGISSEUR" | "LOKET" | "TEAM_WELZIJN" | "TEAM_EENZAAMHEID" | "VRIJWILLIGER"> = {
  ONTVANGEN: "REGISSEUR",
  BEOORDEELD: "REGISSEUR",
  EERSTE_INTAKE: "LOKET",
  TEAM_WELZIJN: "TEAM_WELZIJN",
  TEAM_EENZAAMHEID: "TEAM_EENZAAMHEID",
  VRIJWILLIGER: "REGISSEUR",
  DOORVERWEZEN: "REGISSEUR",
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * One mail per person per gemeente: their overdue signals, and, for those who chose the daily
 * digest (DAGELIJKS), the signals assigned to them in the last 24 hours (they got no mail for each).
 */
export async function sendOverdueDigests(now = new Date()): Promise<{ mails: number }> {
  const gemeenten = await platformDb().gemeente.findMany({ select: { id: true, slug: true, name: true } });
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  const since = new Date(now.getTime() - 24 * 3_600_000);
  let mails = 0;
  for (const g of gemeenten) {
    const perUser = await withTenant({ gemeenteId: g.id }, async (db) => {
      const out = new Map<string, { email: string; overdue: number; assigned: number }>();
      const [overdue, members] = await Promise.all([
        db.signal.findMany({
          where: { dueAt: { lt: now }, status: { notIn: ["AFGESLOTEN", "GEANNULEERD"] } },
          select: { status: true, assigneeUserId: true },
        }),
        db.membership.findMany({ select: { userId: true, role: true, user: { select: { email: true } } } }),
      ]);
      const entry = (m: (typeof members)[number]) => {
        let e = out.get(m.userId);
        if (!e) out.set(m.userId, (e = { email: m.user.email, overdue: 0, assigned: 0 }));
        return e;
      };
      for (const s of overdue) {
        const targets = s.assigneeUserId
          ? members.filter((m) => m.userId === s.assigneeUserId)
          : members.filter((m) => m.role === STEP_ROLE[s.status]);
        for (const m of targets) if (m.user.email) entry(m).overdue++;
      }
      const modes = await mailModesFor(db, g.id, members.map((m) => m.userId));
      const daily = members.filter((m) => modes.get(m.userId) === "DAGELIJKS" && m.user.email);
      if (daily.length) {
        const fresh = await db.signal.findMany({
          where: {
            statusChangedAt: { gte: since, lte: now },
            status: { notIn: ["AFGESLOTEN", "GEANNULEERD"] },
            OR: [{ assigneeUserId: { in: daily.map((m) => m.userId) } }, { volunteerUserId: { in: daily.map((m) => m.userId) } }],
          },
          select: { assigneeUserId: true, volunteerUserId: true },
        });
        for (const m of daily) {
          const n = fresh.filter((s) => s.assigneeUserId === m.userId || s.volunteerUserId === m.userId).length;
          if (n) entry(m).assigned += n;
        }
      }
      return out;
    });
    for (const { email, overdue, assigned } of perUser.values()) {
      if (!overdue && !assigned) continue;
      const lines: string[] = [];
      if (assigned) lines.push(`Nieuw aan u toegewezen: ${assigned} ${plural(assigned, "signaal", "signalen")}.\n${base}/app/${g.slug}/signalen`);
      if (overdue) lines.push(`Er ${plural(overdue, "is 1 signaal", `zijn ${overdue} signalen`)} over de afgesproken tijd.\n${base}/app/${g.slug}/signalen?te_laat=1`);
      const subject = overdue
        ? `${overdue} ${plural(overdue, "signaal wacht", "signalen wachten")} te lang (${g.name})`
        : `${assigned} ${plural(assigned, "nieuw signaal", "nieuwe signalen")} voor u (${g.name})`;
      await sendMail({
        to: email,
        subject: assigned && overdue ? `${subject}, ${assigned} nieuw` : subject,
        text: `${lines.join("\n\n")}\n\nU krijgt dit overzicht één keer per dag. Wilt u het anders? Kies het bij Signalen > Instellingen.\n`,
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
