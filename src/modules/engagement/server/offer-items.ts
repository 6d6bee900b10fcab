/**
 * Offer items from entrepreneurs (issue 4 item 6, owned here since issue 13): an activity an
 * entrepreneur proposes for the gemeente's aanbod is a SupportOffer row linked to their Vestiging.
 * - proposeActivity: only an entrepreneur whose relation is not stopped; the text is screened.
 * - publishOffer: a regisseur (coalition:manage) publishes an entry; an entrepreneur's entry only
 *   while their vestiging may be shown (exposure predicate), so a stopped, parked or doubted
 *   entrepreneur's proposal cannot go public.
 * Staff entries (vestigingId null) are kept by src/modules/offer/server/offers.ts.
 */
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import { recordAudit } from "@/lib/audit/record";
import { ZActivityProposal } from "@/modules/offer";
import { checkNotStopped } from "../principles";
import { assertExposable } from "./exposure";
import { holdIfScreened } from "./screen";

async function proposer(ctx: TenantContext) {
  if (!can(ctx.role, "organisation:self") || !ctx.userId) throw forbidden();
  const organisationId = ctx.membership?.organisationId;
  if (!organisationId) throw new AppError("NO_ORGANISATION", "Maak eerst het profiel van je organisatie.", { status: 409 });
  const [organisation, user] = await Promise.all([
    platformDb().organisation.findUnique({ where: { id: organisationId }, select: { name: true } }),
    platformDb().user.findUnique({ where: { id: ctx.userId }, select: { email: true } }),
  ]);
  if (!organisation || !user) throw notFound();
  return { organisationId, provider: organisation.name, providerEmail: user.email };
}

export async function proposeActivity(ctx: TenantContext, input: unknown): Promise<{ id: string; title: string }> {
  const data = parseInput(ZActivityProposal, input);
  const { organisationId, provider, providerEmail } = await proposer(ctx);
  return ctx.run(async (db) => {
    const vestigingen = await db.vestiging.findMany({
      where: { organisationId },
      orderBy: { createdAt: "asc" },
      select: { id: true, stoppedAt: true },
    });
    if (!vestigingen.length) throw new AppError("NO_ORGANISATION", "Maak eerst het profiel van je organisatie.", { status: 409 });
    const v = vestigingen.find((x) => !x.stoppedAt) ?? vestigingen[0];
    checkNotStopped(v);
    const row = await db.supportOffer.create({
      data: { ...data, provider, providerEmail, published: false, gemeenteId: ctx.gemeente.id, vestigingId: v.id },
      select: { id: true, title: true },
    });
    await recordAudit(db, ctx, { action: "offer.proposed", entity: "SupportOffer", entityId: row.id });
    await holdIfScreened(db, ctx, v.id, "een voorgestelde activiteit", [data.title, data.description, data.howToJoin]);
    return row;
  });
}

/** The entrepreneur's own proposals in this gemeente, with whether they are in the offer yet. */
export async function listOwnProposals(ctx: TenantContext): Promise<Array<{ id: string; title: string; published: boolean }>> {
  const { organisationId, provider, providerEmail } = await proposer(ctx);
  return ctx.run((db) =>
    db.supportOffer.findMany({
      where: { OR: [{ vestiging: { organisationId } }, { vestigingId: null, provider, providerEmail }] },
      select: { id: true, title: true, published: true },
      orderBy: { createdAt: "desc" },
    }),
  );
}

/** Review: a regisseur publishes an entry (the review counts as a confirmation). */
export async function publishOffer(ctx: TenantContext, id: unknown): Promise<{ id: string; title: string }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (typeof id !== "string" || !id || id.length > 64) throw notFound();
  return ctx.run(async (db) => {
    const existing = await db.supportOffer.findFirst({ where: { id }, select: { id: true, vestigingId: true } });
    if (!existing) throw notFound();
    if (existing.vestigingId) await assertExposable(db, existing.vestigingId);
    const row = await db.supportOffer.update({
      where: { id },
      data: { published: true, confirmedAt: new Date() },
      select: { id: true, title: true },
    });
    await recordAudit(db, ctx, { action: "offer.published", entity: "SupportOffer", entityId: id });
    return row;
  });
}
