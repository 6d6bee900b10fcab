/**
 * `signals.overdue-digest`: once a day (07:00 Europe/Amsterdam), per gemeente, one digest per
 * responsible person with the number of their overdue signals (no personal data; a link to the
 * overdue view), plus their new assignments for those who chose the daily digest. Responsible: the
 * assignee, else everyone with the role of the step (received/assessed → regisseur, first intake →
 * loket, team → team). Each digest is one `mail.send` job (SMTP, retried on its own), enqueued at most
 * once per person, gemeente and Amsterdam calendar day (onceKey): a retry of this job after a partial
 * failure, or a second run on the same day, sends nobody a second digest.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { mailSendJob } from "@/lib/jobs/mail-send";
import { appUrl } from "@/lib/env";
import { amsterdamDay } from "@/lib/calendar";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { anchorLine } from "@/lib/audit/anchor";
import { SIGNAL_STEP_ROLE } from "@/lib/auth/permissions";
import type { SignalStatus } from "../flow";
import { mailModesFor } from "../server/settings";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * One mail per person per gemeente per Amsterdam day: their overdue signals, and, for those who chose
 * the daily digest (DAGELIJKS), the signals assigned to them in the last 24 hours (they got no mail
 * for each). `queued`: mail.send jobs enqueued now; `alreadyQueued`: digests this run would have sent
 * but that were already queued for the same person, gemeente and day (not sent again).
 */
export async function sendOverdueDigests(now = new Date()): Promise<{ queued: number; alreadyQueued: number }> {
  const gemeenten = await platformDb().gemeente.findMany({ select: { id: true, slug: true, name: true } });
  const base = appUrl();
  const since = new Date(now.getTime() - 24 * 3_600_000);
  const day = amsterdamDay(now);
  let queued = 0;
  let alreadyQueued = 0;
  for (const g of gemeenten) {
    const perUser = await withTenant({ gemeenteId: g.id }, async (db) => {
      // Keyed by user id (one membership per user per gemeente): one digest per person.
      const out = new Map<string, { email: string; overdue: number; assigned: number; regisseur: boolean }>();
      const [overdue, members] = await Promise.all([
        db.signal.findMany({
          where: { dueAt: { lt: now }, status: { notIn: ["AFGESLOTEN", "GEANNULEERD"] } },
          select: { status: true, assigneeUserId: true },
        }),
        // Disabled accounts get no mail; a signal assigned to one goes to the role of its step instead.
        db.membership.findMany({
          where: { user: { disabledAt: null } },
          select: { userId: true, role: true, user: { select: { email: true } } },
        }),
      ]);
      const entry = (m: (typeof members)[number]) => {
        let e = out.get(m.userId);
        if (!e) out.set(m.userId, (e = { email: m.user.email, overdue: 0, assigned: 0, regisseur: m.role === "REGISSEUR" }));
        return e;
      };
      for (const s of overdue) {
        const assignee = s.assigneeUserId ? members.filter((m) => m.userId === s.assigneeUserId) : [];
        const targets = assignee.length ? assignee : members.filter((m) => m.role === SIGNAL_STEP_ROLE[s.status as SignalStatus]);
        for (const m of targets) if (m.user.email) entry(m).overdue++;
      }
      const modes = await mailModesFor(
        db,
        g.id,
        members.map((m) => m.userId),
      );
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
      // The head of this gemeente's audit chain: the regisseur's copy outside the database (issue 21).
      const head = await db.signalAuditEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
      return { out, anchor: head ? { gemeenteId: g.id, count: head.seq, head: head.hash } : null };
    });
    for (const [userId, { email, overdue, assigned, regisseur }] of perUser.out) {
      if (!overdue && !assigned) continue;
      const lines: string[] = [];
      if (assigned)
        lines.push(`Nieuw aan jou toegewezen: ${assigned} ${plural(assigned, "signaal", "signalen")}.\n${base}/app/${g.slug}/signalen`);
      if (overdue)
        lines.push(
          `Er ${plural(overdue, "is 1 signaal", `zijn ${overdue} signalen`)} over de afgesproken tijd.\n${base}/app/${g.slug}/signalen?te_laat=1`,
        );
      const subject = overdue
        ? `${overdue} ${plural(overdue, "signaal wacht", "signalen wachten")} te lang (${g.name})`
        : `${assigned} ${plural(assigned, "nieuw signaal", "nieuwe signalen")} voor jou (${g.name})`;
      const id = await enqueueJob(
        mailSendJob,
        {
          to: email,
          subject: assigned && overdue ? `${subject}, ${assigned} nieuw` : subject,
          text: `${lines.join("\n\n")}${regisseur ? `\n\n${anchorLine(perUser.anchor)}` : ""}\n\nJe krijgt dit overzicht één keer per dag. Wil je het anders? Kies het bij Signalen > Instellingen.\n`,
        },
        { onceKey: `signals.overdue-digest:${g.id}:${userId}:${day}` },
      );
      if (id) queued++;
      else alreadyQueued++;
    }
  }
  return { queued, alreadyQueued };
}

export const overdueDigestJob = defineJob("signals.overdue-digest", z.object({}).strict(), async () => sendOverdueDigests(), {
  retryLimit: 3,
  retryDelay: 300,
  expireInSeconds: 900,
  schedule: { cron: "0 7 * * *", data: {}, tz: "Europe/Amsterdam" },
});
