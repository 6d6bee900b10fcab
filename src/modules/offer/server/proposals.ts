/**
 * Activities proposed by entrepreneurs: stored as an unpublished support-offer entry with their
 * organisation as provider; once a regisseur (coalition:manage) publishes it, it appears in the
 * gemeente's support offer (public page included). Framework-free.
 */
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { platformDb } from "@/lib/db/tenant";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import { auditActorId } from "@/modules/partners/server/audit";
import { ZActivityProposal } from "../schemas";

async function proposer(ctx: TenantContext) {
  if (!can(ctx.role, "organisation:self") || !ctx.userId) throw forbidden();
  const organisationId = ctx.membership?.organisationId;
  if (!organisationId) throw new AppError("NO_ORGANISATION", "Maak eerst het profiel van je organisatie.", { status: 409 });
  const [organisation, user] = await Promise.all([
    platformDb().organisation.findUnique({ where: { id: organisationId }, select: { name: true } }),
    platformDb().user.findUnique({ where: { id: ctx.userId }, select: { email: true } }),
  ]);
  if (!organisation || !user) throw notFound();
  return { provider: organisation.name, providerEmail: user.email };
}

export async function proposeActivity(ctx: TenantContext, input: unknown): Promise<{ id: string; title: string }> {
  const data = parseInput(ZActivityProposal, input);
  const { provider, providerEmail } = await proposer(ctx);
  return ctx.run(async (db) => {
    const row = await db.supportOffer.create({
      data: { ...data, provider, providerEmail, published: false, gemeenteId: ctx.gemeente.id },
      select: { id: true, title: true },
    });
    await db.auditEvent.create({
      data: { gemeenteId: ctx.gemeente.id, actorId: auditActorId(ctx), action: "offer.proposed", entity: "SupportOffer", entityId: row.id },
    });
    return row;
  });
}

/** The entrepreneur's own proposals in this gemeente, with whether they are in the offer yet. */
export async function listOwnProposals(ctx: TenantContext): Promise<Array<{ id: string; title: string; published: boolean }>> {
  const { provider, providerEmail } = await proposer(ctx);
  return ctx.run((db) =>
    db.supportOffer.findMany({ where: { provider, providerEmail }, select: { id: true, title: true, published: true }, orderBy: { createdAt: "desc" } }),
  );
}

/** Review: a regisseur publishes an entry (the review counts as a confirmation). */
export async function publishOffer(ctx: TenantContext, id: unknown): Promise<{ id: string; title: string }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (typeof id !== "string" || !id || id.length > 64) throw notFound();
  return ctx.run(async (db) => {
    const existing = await db.supportOffer.findFirst({ where: { id }, select: { id: true } });
    if (!existing) throw notFound();
    const row = await db.supportOffer.update({ where: { id }, data: { published: true, confirmedAt: new Date() }, select: { id: true, title: true } });
    await db.auditEvent.create({
      data: { gemeenteId: ctx.gemeente.id, actorId: auditActorId(ctx), action: "offer.published", entity: "SupportOffer", entityId: id },
    });
    return row;
  });
}
