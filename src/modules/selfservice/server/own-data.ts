/**
 * What the entrepreneur sees of their own organisation, the public-register preview, the JSON
 * download of everything stored about them, and deleting the account. Framework-free.
 *
 * Never returned to the entrepreneur: the gemeente's internal notes (contact moments, twijfels,
 * shortlist matrix, accounthouder, step history reasons) and anything of other organisations.
 */
import { requireTenant, requireUser, type Actor, type TenantContext } from "@/lib/auth/context";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { forbidden, parseInput } from "@/lib/result";
import { parseEngagementInput } from "@/modules/engagement/server";
import { updateOwnProfile } from "@/modules/engagement/server";
import { forgetPersonInGemeente } from "@/modules/engagement/server";
import { stopRelation } from "@/modules/engagement/server";
import { publicRegister, type PublicRegisterEntry, type RegisterWords } from "@/modules/engagement/server";
import { exposureState, type ExposureState } from "@/modules/engagement/server";
import { ZDeleteAccount, ZProfile } from "../schemas";
import { deleteAccount } from "@/modules/users/server";

/** The fields of a vestiging an entrepreneur may see (their own relation). */
const OWN_VESTIGING_SELECT = {
  id: true,
  name: true,
  sector: true,
  address: true,
  step: true,
  publicDescription: true,
  openingHours: true,
  acknowledgedAt: true,
  acknowledgementChannel: true,
  activeSince: true,
  stoppedAt: true,
  stoppedReason: true,
  parkedAt: true,
  motives: true,
  fiveMs: true,
  createdAt: true,
  contributions: { select: { type: true, description: true } },
  contactPersons: { select: { name: true, role: true, email: true, phone: true } },
} as const;

function ownOrganisationId(ctx: TenantContext): string {
  if (ctx.role !== "ONDERNEMER" || !ctx.membership?.organisationId) throw forbidden();
  return ctx.membership.organisationId;
}

type PreviewState = "VISIBLE" | "STOPPED" | "NOT_YET";

/**
 * The entrepreneur's own organisation in this gemeente, plus exactly what the public register shows (its sector and
 * contributions in `words`, the page's reader's; Dutch without).
 */
export async function myOrganisation(ctx: TenantContext, words?: RegisterWords) {
  const organisationId = ownOrganisationId(ctx);
  const organisation = await platformDb().organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true, kvkNumber: true, website: true },
  });
  const vestigingen = await ctx.run((db) =>
    db.vestiging.findMany({ where: { organisationId }, orderBy: { name: "asc" }, select: OWN_VESTIGING_SELECT }),
  );
  // The public register definition of the engagement module, filtered to this organisation.
  const register = await publicRegister(ctx, {}, words);
  const names = new Set(vestigingen.map((v) => v.name));
  const preview: PublicRegisterEntry[] = register.filter((e) => e.organisation === organisation?.name && names.has(e.name));
  const state: PreviewState = preview.length
    ? "VISIBLE"
    : vestigingen.length && vestigingen.every((v) => v.stoppedAt)
      ? "STOPPED"
      : "NOT_YET";
  // Why each vestiging is (not) on the public list: engagement's one exposure predicate, not recomputed here.
  const exposure: Record<string, ExposureState | null> = {};
  await ctx.run(async (db) => {
    for (const v of vestigingen) exposure[v.id] = await exposureState(db, v.id);
  });
  return { organisation, vestigingen, preview, state, exposure };
}

/**
 * Update the profile of the entrepreneur's own vestiging in this gemeente. The writes belong to
 * the engagement core (updateOwnProfile): a stopped relation is refused, contributions are in
 * kind only, and the public text is screened there.
 */
export async function updateProfile(ctx: TenantContext, input: unknown) {
  ownOrganisationId(ctx);
  const data = parseEngagementInput(ZProfile, input, { money: true });
  return updateOwnProfile(ctx, data);
}

/** Everything stored about the signed-in person and their organisation(s), as plain JSON. */
export async function exportMyData(actorIn: Actor) {
  const actor = requireUser(actorIn);
  const user = await platformDb().user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, name: true, emailVerified: true, createdAt: true, updatedAt: true },
  });
  const gemeenten = [];
  for (const m of actor.memberships) {
    const part = await withTenant({ gemeenteId: m.gemeenteId, userId: actor.userId }, async (db) => ({
      gemeente: m.gemeenteName,
      role: m.role,
      claims: await db.organisationClaim.findMany({
        where: { userId: actor.userId },
        select: { status: true, confirmation: true, createdAt: true, decidedAt: true },
      }),
      vestigingen:
        m.role === "ONDERNEMER" && m.organisationId
          ? await db.vestiging.findMany({ where: { organisationId: m.organisationId }, select: OWN_VESTIGING_SELECT })
          : [],
    }));
    gemeenten.push(part);
  }
  const orgIds = [...new Set(actor.memberships.map((m) => m.organisationId).filter((x): x is string => !!x))];
  const organisations = orgIds.length
    ? await platformDb().organisation.findMany({
        where: { id: { in: orgIds } },
        select: { id: true, name: true, kvkNumber: true, website: true, kind: true, createdAt: true },
      })
    : [];
  return { exportedAt: new Date().toISOString(), user, organisations, gemeenten };
}

/**
 * Delete the account: the person goes, a gemeente's records stay (docs/decisions/0013).
 *
 * In every gemeente where the person has access: their id leaves the relation's records (the name
 * shown becomes "verwijderd account", engagement's forgetPersonInGemeente) and their own contact
 * details go. Where they are the last one acting for their organisation, the relation is STOPPED
 * through engagement's stopRelation, so it leaves the public register at once — never deleted: its
 * history, twijfels and contact moments stay with the gemeente. A gemeente where the person has no
 * access is never touched. Then the user row goes (memberships and their own claims cascade).
 */
export async function deleteMyAccount(actorIn: Actor, input: unknown) {
  const actor = requireUser(actorIn);
  parseInput(ZDeleteAccount, input);
  const user = await platformDb().user.findUnique({ where: { id: actor.userId }, select: { email: true } });
  let stoppedRelations = 0;
  for (const m of actor.memberships) {
    const organisationId = m.role === "ONDERNEMER" ? m.organisationId : null;
    if (organisationId) {
      const ctx = await requireTenant(actor, { id: m.gemeenteId }, "organisation:self");
      const ids = await ctx.run(async (db) => {
        const others = await db.membership.count({ where: { organisationId, userId: { not: actor.userId } } });
        if (others > 0) return [];
        return db.vestiging.findMany({ where: { organisationId, stoppedAt: null }, select: { id: true } });
      });
      for (const { id } of ids) await stopRelation(ctx, id, { reason: "Account van de ondernemer verwijderd" });
      stoppedRelations += ids.length;
    }
    await withTenant({ gemeenteId: m.gemeenteId, userId: actor.userId }, async (db) => {
      await forgetPersonInGemeente(db, { userId: actor.userId, email: user?.email ?? null, organisationId });
      await db.organisationClaim.updateMany({ where: { decidedById: actor.userId }, data: { decidedById: null } });
    });
  }
  await deleteAccount(actor.userId);
  return { deleted: true, stoppedRelations };
}
