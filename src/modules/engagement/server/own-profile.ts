/**
 * Self-service profile writes (issue 4, reworked in issue 13): the entrepreneur's own vestiging,
 * contributions and contact person are written HERE, by the engagement core, with the same rules
 * as the staff paths: a stopped relation changes nothing (PRINCIPLE_VOLUNTARY), contributions are
 * in kind only (PRINCIPLE_NO_SPONSORSHIP), and the public text is screened (./screen.ts).
 * The caller (selfservice) parses the input; this function trusts only the parsed shape.
 */
import type { ContributionType, FiveM, Motive } from "@/generated/prisma/enums";
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { forbidden } from "@/lib/result";
import { checkNotStopped } from "../principles";
import { replaceContributionsInTx } from "./contributions";
import { holdIfScreened } from "./screen";

export type OwnProfileData = {
  sector: string;
  address?: string | null;
  publicDescription?: string | null;
  openingHours?: string | null;
  motives: readonly Motive[];
  fiveMs: readonly FiveM[];
  contributions: readonly ContributionType[];
  contactName: string;
  contactEmail: string;
  contactPhone?: string | null;
};

/** Update the profile of the entrepreneur's own (first) vestiging in this gemeente. */
export async function updateOwnProfile(ctx: TenantContext, data: OwnProfileData): Promise<{ id: string; held: boolean }> {
  if (ctx.role !== "ONDERNEMER" || !ctx.membership?.organisationId) throw forbidden();
  const organisationId = ctx.membership.organisationId;
  return ctx.run(async (db) => {
    const v = await db.vestiging.findFirst({
      where: { organisationId },
      orderBy: { createdAt: "asc" },
      select: { id: true, stoppedAt: true, publicDescription: true, openingHours: true },
    });
    if (!v) throw forbidden();
    checkNotStopped(v);
    await db.vestiging.update({
      where: { id: v.id },
      data: {
        sector: data.sector,
        address: data.address ?? null,
        publicDescription: data.publicDescription ?? null,
        openingHours: data.openingHours ?? null,
        motives: [...new Set(data.motives)],
        fiveMs: [...new Set(data.fiveMs)],
      },
    });
    await replaceContributionsInTx(db, ctx, v, data.contributions);
    // The contact for the gemeente: one contact person per vestiging kept by self-service.
    const existing = await db.contactPerson.findFirst({ where: { vestigingId: v.id, email: data.contactEmail }, select: { id: true } });
    const contact = {
      name: data.contactName,
      email: data.contactEmail,
      phone: data.contactPhone ?? null,
      role: "Contact voor de gemeente",
    };
    if (existing) await db.contactPerson.update({ where: { id: existing.id }, data: contact });
    else await db.contactPerson.create({ data: { ...contact, gemeenteId: ctx.gemeente.id, vestigingId: v.id } });
    // Only text that changed is screened: a text a colleague already cleared is not held again.
    const changed = [
      (data.publicDescription ?? null) !== v.publicDescription ? data.publicDescription : null,
      (data.openingHours ?? null) !== v.openingHours ? data.openingHours : null,
    ];
    const { held } = await holdIfScreened(db, ctx, v.id, "de openbare beschrijving", changed);
    return { id: v.id, held };
  });
}

export type SelfRegisteredVestiging = {
  gemeenteId: string;
  organisationId: string;
  name: string;
  sector: string;
  address?: string | null;
  /** Joining the coalition starts at VERBINDEN; a registration or claim stays in the registry. */
  step?: "VERBINDEN";
};

/**
 * The first vestiging of a relation that an entrepreneur starts themselves (self-service
 * registration, a claim, or joining): written here, by the engagement core, inside the caller's
 * tenant transaction. It is never an active relation: acknowledgement and steps go through
 * pipeline.ts like every other relation.
 */
/** A new organisation registered by its entrepreneur (self-service); engagement owns the Organisation table. */
export async function createSelfRegisteredOrganisation(
  db: Db,
  data: { name: string; kvkNumber: string | null; website: string | null },
): Promise<{ id: string }> {
  return db.organisation.create({ data, select: { id: true } });
}

export async function createSelfRegisteredVestiging(
  db: Db,
  data: SelfRegisteredVestiging,
): Promise<{ id: string; stoppedAt: Date | null }> {
  return db.vestiging.create({
    data: {
      gemeenteId: data.gemeenteId,
      organisationId: data.organisationId,
      name: data.name,
      sector: data.sector,
      address: data.address ?? null,
      leadSource: "ZELF_BINNENGELOPEN",
      ...(data.step ? { step: data.step } : {}),
    },
    select: { id: true, stoppedAt: true },
  });
}
