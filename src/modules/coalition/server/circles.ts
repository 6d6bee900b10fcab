/**
 * The circles of the local coalition (stappenplan steps 1, 5, 6): which partners and which
 * entrepreneurs (vestigingen) sit in the werkgroep, the kernteam, the lokale coalitie or are only
 * kept informed. Rules: RULE_KERNTEAM_AMBASSADOR (rules.ts) for partners and entrepreneurs alike;
 * never exclusive — placing one entrepreneur never blocks another, also not of the same sector.
 */
import type { CoalitionCircle } from "@/generated/prisma/enums";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import { listPartners } from "@/modules/partners/server";
import { updatePartner } from "@/modules/partners/server";
import type { TPartner } from "@/modules/partners";
import { ZPlacementInput } from "../schemas";
import { assertKernteamAmbassador, VESTIGING_STOPPED_MESSAGE } from "../rules";
import { placeInCircle } from "@/modules/engagement/server";
import { EXPOSABLE_VESTIGING_WHERE } from "@/modules/engagement/server";

export type TCircleVestiging = {
  id: string;
  name: string;
  organisationName: string;
  sector: string;
  circle: CoalitionCircle | null;
  ambassador: string | null;
  stopped: boolean;
};

export type TCircles = {
  partners: TPartner[];
  /** Entrepreneurs placed in a circle; null when the reader may not see entrepreneurs (no engagement:read). */
  vestigingen: TCircleVestiging[] | null;
  /** For partners:manage: entrepreneurs not in a circle that may be placed (exposure predicate), else empty. */
  candidates: { id: string; name: string; sector: string }[];
};

const VESTIGING_SELECT = {
  id: true,
  name: true,
  sector: true,
  coalitionCircle: true,
  coalitionAmbassador: true,
  stoppedAt: true,
  organisation: { select: { name: true } },
} as const;

type VestigingRow = {
  id: string;
  name: string;
  sector: string;
  coalitionCircle: CoalitionCircle | null;
  coalitionAmbassador: string | null;
  stoppedAt: Date | null;
  organisation: { name: string };
};

function toDto(row: VestigingRow): TCircleVestiging {
  return {
    id: row.id,
    name: row.name,
    organisationName: row.organisation.name,
    sector: row.sector,
    circle: row.coalitionCircle,
    ambassador: row.coalitionAmbassador,
    stopped: row.stoppedAt !== null,
  };
}

/**
 * Partners (partners:read) and, with engagement:read, the vestigingen placed in a circle. With
 * partners:manage also the candidates to place (not in a circle, not stopped). Sorted by name.
 */
export async function getCircles(ctx: TenantContext): Promise<TCircles> {
  if (!can(ctx.role, "partners:read")) throw forbidden();
  const partners = await listPartners(ctx);
  if (!can(ctx.role, "engagement:read")) return { partners, vestigingen: null, candidates: [] };
  const order = [{ name: "asc" as const }, { id: "asc" as const }];
  const { placed, candidates } = await ctx.run(async (db) => ({
    placed: await db.vestiging.findMany({ where: { coalitionCircle: { not: null } }, orderBy: order, select: VESTIGING_SELECT }),
    candidates: can(ctx.role, "partners:manage")
      ? await db.vestiging.findMany({
          where: { coalitionCircle: null, ...EXPOSABLE_VESTIGING_WHERE },
          orderBy: order,
          select: { id: true, name: true, sector: true },
        })
      : [],
  }));
  return { partners, vestigingen: placed.map(toDto), candidates };
}

/**
 * Place an entrepreneur (vestiging) in a circle, move it, or take it out (circle empty). A kernteam
 * place needs an ambassadeur; only an entrepreneur that may be shown (engagement exposure predicate:
 * acknowledged, active, not stopped or parked, no open twijfel) can be placed. Another gemeente's id is
 * NOT_FOUND and changes nothing. Permission partners:manage (who composes the circles).
 */
export async function placeVestiging(ctx: TenantContext, id: string, input: unknown): Promise<TCircleVestiging> {
  if (!can(ctx.role, "partners:manage") || !can(ctx.role, "engagement:read")) throw forbidden();
  const data = parseInput(ZPlacementInput, input);
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw notFound();
  assertKernteamAmbassador(data.circle, data.ambassador);
  // The write and the exposure rule (acknowledged, active, no twijfel …) belong to the engagement core.
  await placeInCircle(ctx, id, { circle: data.circle, ambassador: data.ambassador ?? null }, VESTIGING_STOPPED_MESSAGE);
  const row = await ctx.run((db) => db.vestiging.findFirst({ where: { id }, select: VESTIGING_SELECT }));
  if (!row) throw notFound();
  return toDto(row);
}

/**
 * Move a partner to another circle, with its ambassadeur (the same rule through updatePartner).
 * A partner always sits in a circle: an empty circle is a validation error. Permission partners:manage.
 */
export async function movePartner(ctx: TenantContext, id: string, input: unknown): Promise<TPartner> {
  if (!can(ctx.role, "partners:manage")) throw forbidden();
  const data = parseInput(ZPlacementInput, input);
  if (data.circle === null) throw new AppError("VALIDATION", undefined, { fieldErrors: { circle: ["Kies een kring uit de lijst."] } });
  return updatePartner(ctx, id, { circle: data.circle, ambassador: data.ambassador ?? "" });
}
