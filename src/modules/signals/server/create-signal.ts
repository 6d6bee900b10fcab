import { randomUUID } from "node:crypto";
import type { TenantContext } from "@/lib/auth/context";
import { can, mayFileWithSource } from "@/lib/auth/permissions";
import { appendSignalAudit } from "@/lib/audit/signal-audit";
import { AppError, forbidden, parseInput } from "@/lib/result";
import { confirmedByGemeente } from "@/modules/selfservice/server";
import { listedWijk, wijkenOf } from "@/modules/gemeenten";
import { dueAtFor } from "../flow";
import { signalCategoriesOf, ZSignalInput, type SignalSource } from "../schemas";
import { newStatusCode } from "../status-code";
import { actorIdOf, enc, hashCode, settingsFor } from "./common";
import { hitRateLimit } from "./rate-limit";

const UNCONFIRMED_LIMITED =
  "Je hebt veel zorgen tegelijk doorgegeven. Probeer het over een uur opnieuw, of bel de gemeente. Als de gemeente je organisatie heeft bevestigd, geldt deze grens niet meer.";

export type CreatedSignal = { id: string; statusCode: string; status: "ONTVANGEN" };

/**
 * File a signal (the one intake for the public form, the ondernemer's "zorgen doorgeven" form,
 * partner portals/API and the loket's phone intake). Personal fields are encrypted before they
 * reach the database. Returns the id and a one-time status code for the reporter.
 */
export async function createSignal(ctx: TenantContext, input: unknown, source: SignalSource): Promise<CreatedSignal> {
  if (!mayFileWithSource(ctx.role, source)) throw forbidden();
  if (source !== "PUBLIEK_FORMULIER" && !can(ctx.role, "signals:create")) throw forbidden();
  const data = parseInput(ZSignalInput, input);
  // An ondernemer the gemeente has not confirmed (self-registered; no staff step) gets the public
  // form's limit at most, counted per account (issue 21). Here, so every path gets it.
  if (source === "ONDERNEMER" && !(await ctx.run((db) => confirmedByGemeente(db, ctx.userId)))) {
    if (!(await hitRateLimit(ctx.gemeente.id, `ondernemer:${actorIdOf(ctx) ?? "unknown"}`)))
      throw new AppError("RATE_LIMITED", UNCONFIRMED_LIMITED);
  }
  const id = randomUUID();
  const g = ctx.gemeente.id;
  const statusCode = newStatusCode();
  const now = new Date();
  await ctx.run(async (db) => {
    const settings = await settingsFor(db, g);
    // The wijk is one of the gemeente's own wijken, never free text (it reaches the council report).
    const gemeenteSettings = (await db.gemeente.findUnique({ where: { id: g }, select: { settings: true } }))?.settings;
    const wijk = data.wijk ? listedWijk(wijkenOf(gemeenteSettings), data.wijk) : null;
    // The hulpvraag is one of the gemeente's own categories (it reaches the figures and the council report).
    if (data.category && !signalCategoriesOf(gemeenteSettings).some((c) => c.key === data.category)) {
      throw new AppError("VALIDATION", undefined, {
        fieldErrors: { category: ["Kies een hulpvraag uit de lijst van de gemeente, of laat dit veld leeg."] },
      });
    }
    if (data.wijk && !wijk) {
      throw new AppError("VALIDATION", undefined, {
        fieldErrors: { wijk: ["Kies een wijk uit de lijst van de gemeente, of laat dit veld leeg."] },
      });
    }
    await db.signal.create({
      data: {
        id,
        gemeenteId: g,
        source,
        status: "ONTVANGEN",
        organisationId: source === "ONDERNEMER" ? (ctx.membership?.organisationId ?? null) : null,
        coalitionPartnerId: source === "PARTNER" ? (ctx.membership?.coalitionPartnerId ?? null) : null,
        reporterUserId: ctx.userId,
        wijk,
        category: data.category ?? null,
        riskGroup: data.riskGroup ?? null,
        residentNameEnc: enc(g, id, "residentName", data.residentName),
        residentContactEnc: enc(g, id, "residentContact", data.residentContact),
        situationEnc: enc(g, id, "situation", data.situation),
        reporterNameEnc: enc(g, id, "reporterName", data.reporterName),
        reporterContactEnc: enc(g, id, "reporterContact", data.reporterContact),
        reporterEmailEnc: enc(g, id, "reporterEmail", data.reporterEmail),
        statusCodeHash: hashCode(statusCode),
        statusChangedAt: now,
        dueAt: dueAtFor("ONTVANGEN", now, settings.deadlinesHours),
        createdAt: now,
      },
    });
    await db.signalTransition.create({
      data: { gemeenteId: g, signalId: id, fromStatus: null, toStatus: "ONTVANGEN", actorUserId: ctx.userId, createdAt: now },
    });
    await appendSignalAudit(db, { gemeenteId: g, signalId: id, actorUserId: actorIdOf(ctx), action: "signal.create", detail: { source } });
  });
  return { id, statusCode, status: "ONTVANGEN" };
}
