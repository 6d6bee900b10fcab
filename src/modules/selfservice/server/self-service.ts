/**
 * Entrepreneur self-service (issue 4): the SAME Organisation / Vestiging / relation records the
 * engagement module keeps, seen from the entrepreneur's side. Framework-free.
 *
 * - registerOrganisation: claim an organisation the gemeente (or the platform) already knows, or
 *   create a new one. A claim is never merged silently: it is confirmed at once only when the
 *   person's e-mail domain equals the organisation's website domain; otherwise the gemeente decides.
 * - joinCoalition: join a gemeente's coalition with the entrepreneur's own acknowledgement
 *   (engagement's recordAcknowledgement, channel ZELFSERVICE). Voluntary and non-exclusive.
 * - leaveCoalition: pause or stop, immediate effect on the public register (engagement's stopRelation).
 */
import { requireTenant, requireUser, type Actor, type TenantContext } from "@/lib/auth/context";
import { platformDb, withTenant, type Db } from "@/lib/db/tenant";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import { createSelfRegisteredOrganisation, createSelfRegisteredVestiging } from "@/modules/engagement/server";
import { addEntrepreneurMembership } from "@/modules/users/server";
import { recordAcknowledgement, stopRelation } from "@/modules/engagement/server";
import { ZDecideClaim, ZJoinCoalition, ZLeave, ZRegisterOrganisation } from "../schemas";
import { PAUSE_REASON, STOP_REASON_SELF } from "@/modules/engagement";
import { inRoleGroup } from "@/lib/auth/permissions";

type UserActor = Extract<Actor, { kind: "user" }>;

function domainOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  const host = v.includes("@") ? v.slice(v.lastIndexOf("@") + 1) : v.replace(/^https?:\/\//, "").split(/[/?#:]/)[0];
  const d = host.replace(/^www\./, "");
  return d && d.includes(".") ? d : null;
}

async function loadGemeenteBySlug(slug: unknown) {
  if (typeof slug !== "string" || !/^[a-z0-9-]{1,80}$/.test(slug)) throw notFound();
  const g = await platformDb().gemeente.findFirst({ where: { slug }, select: { id: true, slug: true, name: true, inhabitants: true } });
  if (!g) throw notFound();
  return g;
}

/** The actor with a membership it just got (so requireTenant can build a context without a new login). */
function withMembership(actor: UserActor, m: { gemeenteId: string; slug: string; name: string; organisationId: string }): UserActor {
  return {
    ...actor,
    memberships: [
      ...actor.memberships.filter((x) => x.gemeenteId !== m.gemeenteId),
      {
        gemeenteId: m.gemeenteId,
        gemeenteSlug: m.slug,
        gemeenteName: m.name,
        role: "ONDERNEMER",
        organisationId: m.organisationId,
        coalitionPartnerId: null,
      },
    ],
  };
}

/**
 * Only an entrepreneur account acts as ONDERNEMER: not a platform role (national adviser, admin) and
 * not someone who works for a gemeente or partner. Their rights come from their own role.
 */
function assertEntrepreneurAccount(actor: UserActor) {
  if (actor.platformRole || actor.memberships.some((m) => m.role !== "ONDERNEMER")) {
    throw new AppError(
      "NOT_AN_ENTREPRENEUR",
      "Met dit account werk je voor een gemeente, een partner of het landelijk programma. Een organisatie aanmelden als ondernemer kan alleen met een eigen ondernemersaccount.",
      { status: 403 },
    );
  }
}

const CLAIM_PENDING_MESSAGE = "Je aanvraag ligt al bij de gemeente. Je krijgt bericht.";

/**
 * A claim in THIS gemeente on its vestiging of an organisation: confirmed at once only when the
 * person's e-mail domain equals the organisation's website domain, else PENDING until this
 * gemeente decides (decideClaim). The only way to act for a relation the gemeente already has.
 */
async function fileClaim(
  db: Db,
  g: { id: string },
  userId: string,
  email: string,
  organisation: { id: string; website: string | null },
  vestigingId: string,
) {
  const userDomain = domainOf(email);
  const domainMatch = !!userDomain && userDomain === domainOf(organisation.website);
  const claim = await db.organisationClaim.create({
    data: {
      gemeenteId: g.id,
      userId,
      vestigingId,
      organisationId: organisation.id,
      status: domainMatch ? "APPROVED" : "PENDING",
      confirmation: domainMatch ? "EMAIL_DOMAIN" : null,
      decidedAt: domainMatch ? new Date() : null,
    },
    select: { id: true },
  });
  if (domainMatch) await addEntrepreneurMembership(db, { gemeenteId: g.id, userId, organisationId: organisation.id });
  return { confirmed: domainMatch, claimId: claim.id };
}

export type RegisterResult =
  | { status: "CREATED"; organisationId: string; vestigingId: string }
  | { status: "CLAIM_CONFIRMED"; organisationId: string; vestigingId: string }
  | { status: "CLAIM_PENDING"; claimId: string };

/**
 * Claim or create the organisation's profile in one gemeente. An existing organisation is found by
 * KvK number or by name (globally, or as a vestiging name in this gemeente's registry).
 */
export async function registerOrganisation(actorIn: Actor, slug: unknown, input: unknown): Promise<RegisterResult> {
  const actor = requireUser(actorIn);
  assertEntrepreneurAccount(actor);
  const data = parseInput(ZRegisterOrganisation, input);
  const g = await loadGemeenteBySlug(slug);
  const user = await platformDb().user.findUnique({ where: { id: actor.userId }, select: { email: true } });
  if (!user) throw forbidden();

  // Found by KvK number or organisation name (global table).
  const byGlobal = await platformDb().organisation.findFirst({
    where: data.kvkNumber
      ? { OR: [{ kvkNumber: data.kvkNumber }, { name: { equals: data.name, mode: "insensitive" } }] }
      : { name: { equals: data.name, mode: "insensitive" } },
    select: { id: true, website: true },
  });

  return withTenant({ gemeenteId: g.id, userId: actor.userId }, async (db) => {
    const existing = await db.membership.findFirst({ where: { userId: actor.userId }, select: { role: true } });
    if (existing) {
      throw new AppError("ALREADY_MEMBER", "Je hebt al toegang tot deze gemeente. Kies 'Mijn organisatie'.", { status: 409 });
    }
    const pending = await db.organisationClaim.findFirst({ where: { userId: actor.userId, status: "PENDING" }, select: { id: true } });
    if (pending) throw new AppError("CLAIM_PENDING", CLAIM_PENDING_MESSAGE, { status: 409 });

    // Found as a vestiging in this gemeente's registry (by name)?
    let orgId = byGlobal?.id ?? null;
    let website = byGlobal?.website ?? null;
    let vestiging = orgId
      ? await db.vestiging.findFirst({
          where: { organisationId: orgId },
          orderBy: { createdAt: "asc" },
          select: { id: true, stoppedAt: true },
        })
      : null;
    if (!orgId) {
      const local = await db.vestiging.findFirst({
        where: {
          OR: [
            { name: { equals: data.name, mode: "insensitive" } },
            { organisation: { name: { equals: data.name, mode: "insensitive" } } },
          ],
        },
        select: { id: true, stoppedAt: true, organisationId: true, organisation: { select: { website: true } } },
      });
      if (local) {
        orgId = local.organisationId;
        website = local.organisation.website;
        vestiging = { id: local.id, stoppedAt: local.stoppedAt };
      }
    }

    if (!orgId) {
      // New organisation: nothing to merge with.
      const org = await createSelfRegisteredOrganisation(db, {
        name: data.name,
        kvkNumber: data.kvkNumber ?? null,
        website: data.website ?? null,
      });
      const v = await createSelfRegisteredVestiging(db, {
        gemeenteId: g.id,
        organisationId: org.id,
        name: data.name,
        sector: data.sector,
        address: data.address,
      });
      await addEntrepreneurMembership(db, { gemeenteId: g.id, userId: actor.userId, organisationId: org.id });
      return { status: "CREATED", organisationId: org.id, vestigingId: v.id } as const;
    }

    // Existing organisation: a claim. Give it a vestiging in this gemeente if it has none yet.
    if (!vestiging) {
      vestiging = await createSelfRegisteredVestiging(db, {
        gemeenteId: g.id,
        organisationId: orgId,
        name: data.name,
        sector: data.sector,
        address: data.address,
      });
    }
    const claim = await fileClaim(db, g, actor.userId, user.email, { id: orgId, website }, vestiging.id);
    if (!claim.confirmed) return { status: "CLAIM_PENDING", claimId: claim.claimId } as const;
    return { status: "CLAIM_CONFIRMED", organisationId: orgId, vestigingId: vestiging.id } as const;
  });
}

/** Staff (AMBTENAAR/REGISSEUR): the open claims of this gemeente. */
export async function listClaims(ctx: TenantContext) {
  if (!inRoleGroup(ctx.role, "claimDeciders")) throw forbidden();
  return ctx.run((db) =>
    db.organisationClaim.findMany({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        createdAt: true,
        user: { select: { email: true, name: true } },
        vestiging: { select: { name: true, organisation: { select: { name: true, website: true } } } },
      },
    }),
  );
}

/** Staff (AMBTENAAR/REGISSEUR) confirm or refuse a claim. Confirming gives the person access. */
export async function decideClaim(ctx: TenantContext, claimId: unknown, input: unknown) {
  if (!inRoleGroup(ctx.role, "claimDeciders")) throw forbidden();
  const { approve } = parseInput(ZDecideClaim, input);
  if (typeof claimId !== "string" || !/^[0-9a-f-]{36}$/i.test(claimId)) throw notFound();
  return ctx.run(async (db) => {
    const claim = await db.organisationClaim.findFirst({ where: { id: claimId } });
    if (!claim) throw notFound();
    if (claim.status !== "PENDING") throw new AppError("CLAIM_DECIDED", "Over deze aanvraag is al besloten.", { status: 409 });
    const updated = await db.organisationClaim.update({
      where: { id: claim.id },
      data: {
        status: approve ? "APPROVED" : "REJECTED",
        confirmation: approve ? "GEMEENTE" : null,
        decidedById: ctx.userId,
        decidedAt: new Date(),
      },
    });
    if (approve) {
      const m = await db.membership.findFirst({ where: { userId: claim.userId }, select: { id: true } });
      if (!m)
        await addEntrepreneurMembership(db, { gemeenteId: ctx.gemeente.id, userId: claim.userId, organisationId: claim.organisationId });
    }
    return { id: updated.id, status: updated.status };
  });
}

function organisationsOf(actor: UserActor): string[] {
  return [...new Set(actor.memberships.filter((m) => m.role === "ONDERNEMER" && m.organisationId).map((m) => m.organisationId!))];
}

async function ownVestiging(db: Db, organisationId: string) {
  return db.vestiging.findFirst({
    where: { organisationId, stoppedAt: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, sector: true },
  });
}

export type JoinResult =
  { status: "JOINED"; vestigingId: string; gemeente: string } | { status: "CLAIM_PENDING"; claimId: string; gemeente: string };

/**
 * Join a gemeente's coalition (any gemeente: voluntary, non-exclusive). Records the entrepreneur's
 * own acknowledgement through the engagement domain (channel ZELFSERVICE).
 *
 * Rights in a gemeente come only from that gemeente. Where the organisation (a national chain, say)
 * already has a relation with this gemeente and the person has no access here yet, joining never
 * attaches them to it: it files a claim that this gemeente decides, exactly like registerOrganisation.
 * Only a gemeente without a relation with the organisation gets a new one from the join.
 */
export async function joinCoalition(actorIn: Actor, slug: unknown, input: unknown): Promise<JoinResult> {
  const actor = requireUser(actorIn);
  assertEntrepreneurAccount(actor);
  const data = parseInput(ZJoinCoalition, input);
  const g = await loadGemeenteBySlug(slug);
  const here = actor.memberships.find((m) => m.gemeenteId === g.id);
  if (here && here.role !== "ONDERNEMER") throw forbidden();
  const orgs = organisationsOf(actor);
  const organisationId = here?.organisationId ?? (orgs.length === 1 ? orgs[0] : null);
  if (!organisationId) {
    throw new AppError(
      "NO_ORGANISATION",
      orgs.length ? "Kies eerst voor welke organisatie je meedoet." : "Maak eerst het profiel van je organisatie.",
      { status: 409 },
    );
  }
  const org = await platformDb().organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, name: true, website: true },
  });
  const user = await platformDb().user.findUnique({ where: { id: actor.userId }, select: { email: true } });
  if (!org || !user) throw notFound();

  const outcome = await withTenant(
    { gemeenteId: g.id, userId: actor.userId },
    async (db): Promise<{ vestigingId: string } | { claimId: string }> => {
      if (!here) {
        // This gemeente's own relation with the organisation, if it has one: only its claim gives access.
        const known = await db.vestiging.findFirst({ where: { organisationId }, orderBy: { createdAt: "asc" }, select: { id: true } });
        if (known) {
          const pending = await db.organisationClaim.findFirst({
            where: { userId: actor.userId, status: "PENDING" },
            select: { id: true },
          });
          if (pending) throw new AppError("CLAIM_PENDING", CLAIM_PENDING_MESSAGE, { status: 409 });
          const claim = await fileClaim(db, g, actor.userId, user.email, org, known.id);
          return claim.confirmed ? { vestigingId: known.id } : { claimId: claim.claimId };
        }
      }
      const stopped = await db.vestiging.findFirst({ where: { organisationId, stoppedAt: { not: null } }, select: { id: true } });
      const v = await ownVestiging(db, organisationId);
      if (!v && stopped) {
        throw new AppError(
          "RELATION_STOPPED",
          "Je bent hier gestopt of hebt pauze. Wil je weer meedoen? Neem dan contact op met de gemeente.",
          { status: 409 },
        );
      }
      const sector = data.sector ?? v?.sector;
      if (!sector) throw new AppError("VALIDATION", undefined, { fieldErrors: { sector: ["Kies een sector uit de lijst."] } });
      const id =
        v?.id ??
        (
          await createSelfRegisteredVestiging(db, {
            gemeenteId: g.id,
            organisationId,
            name: org.name,
            sector,
            address: data.address,
            step: "VERBINDEN",
          })
        ).id;
      if (!here) await addEntrepreneurMembership(db, { gemeenteId: g.id, userId: actor.userId, organisationId });
      return { vestigingId: id };
    },
  );
  if ("claimId" in outcome) return { status: "CLAIM_PENDING", claimId: outcome.claimId, gemeente: g.slug };

  const ctx = await requireTenant(
    withMembership(actor, { gemeenteId: g.id, slug: g.slug, name: g.name, organisationId }),
    { id: g.id },
    "organisation:self",
  );
  await recordAcknowledgement(ctx, outcome.vestigingId, { date: new Date().toISOString(), channel: "ZELFSERVICE" });
  return { status: "JOINED", vestigingId: outcome.vestigingId, gemeente: g.slug };
}

/** Pause or stop in this gemeente: immediate effect on the public register and exposure. */
export async function leaveCoalition(ctx: TenantContext, input: unknown) {
  if (ctx.role !== "ONDERNEMER" || !ctx.membership?.organisationId) throw forbidden();
  const { kind } = parseInput(ZLeave, input);
  const organisationId = ctx.membership.organisationId;
  const ids = await ctx.run((db) => db.vestiging.findMany({ where: { organisationId, stoppedAt: null }, select: { id: true } }));
  const reason = kind === "PAUZE" ? PAUSE_REASON : STOP_REASON_SELF;
  for (const { id } of ids) await stopRelation(ctx, id, { reason });
  return { stopped: ids.length };
}
