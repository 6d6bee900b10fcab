/**
 * The entrepreneur registry of one gemeente: create, update, search/filter/sort with pagination,
 * and the shortlist matrix. A national chain is one (global) Organisation; each gemeente manages
 * only its own Vestiging rows (the relation with the local branch).
 */
import type { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { AppError, notFound } from "@/lib/result";
import { matrixScore, MATRIX_CRITERIA, type MatrixCrosses } from "../matrix";
import { ZCreateVestiging, ZMatrix, ZMotivesFiveMs, ZSearchVestigingen, ZUpdateVestiging } from "../schemas";
import { assertAccountHolder, assertCan, loadVestiging, parseEngagementInput } from "./access";
import { suggestsSectorCross } from "../sectors";

export async function findOrCreateOrganisation(
  db: Db,
  input: { organisationId?: string; organisationName?: string | null; fallbackName: string; kind?: "SOCIALE_ONDERNEMING" | "MVO_BEDRIJF" | "COMMERCIEEL"; nationalChain?: boolean; kvkNumber?: string | null },
) {
  if (input.organisationId) {
    const org = await db.organisation.findUnique({ where: { id: input.organisationId } });
    if (!org) throw new AppError("VALIDATION", undefined, { fieldErrors: { organisationId: ["Deze organisatie bestaat niet."] } });
    return org;
  }
  if (input.kvkNumber) {
    const byKvk = await db.organisation.findUnique({ where: { kvkNumber: input.kvkNumber } });
    if (byKvk) return byKvk;
  }
  if (input.organisationName) {
    // A national chain is shared by all gemeenten: reuse it by name.
    const chain = await db.organisation.findFirst({
      where: { name: { equals: input.organisationName, mode: "insensitive" }, nationalChain: true },
    });
    if (chain) return chain;
  }
  return db.organisation.create({
    data: {
      name: input.organisationName ?? input.fallbackName,
      kind: input.kind ?? "COMMERCIEEL",
      nationalChain: input.nationalChain ?? false,
      kvkNumber: input.kvkNumber ?? null,
    },
  });
}

export async function createVestiging(ctx: TenantContext, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZCreateVestiging, input);
  return ctx.run(async (db) => {
    await assertAccountHolder(db, data.accountHolderId);
    const org = await findOrCreateOrganisation(db, {
      organisationId: data.organisationId,
      organisationName: data.organisationName,
      fallbackName: data.name,
      kind: data.organisationKind,
      nationalChain: data.nationalChain,
    });
    const critSector = suggestsSectorCross(data.sector);
    return db.vestiging.create({
      data: {
        gemeenteId: ctx.gemeente.id,
        organisationId: org.id,
        name: data.name,
        sector: data.sector,
        address: data.address,
        wijk: data.wijk,
        leadSource: data.leadSource ?? null,
        publicDescription: data.publicDescription,
        accountHolderId: data.accountHolderId ?? null,
        critSector,
        critWarmContact: data.leadSource === "WARM_CONTACT",
        matrixScore: matrixScore({ critSector, critWarmContact: data.leadSource === "WARM_CONTACT" }),
      },
    });
  });
}

export async function updateVestiging(ctx: TenantContext, id: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZUpdateVestiging, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    if (data.accountHolderId !== undefined) await assertAccountHolder(db, data.accountHolderId);
    return db.vestiging.update({ where: { id: v.id }, data });
  });
}

export async function getVestiging(ctx: TenantContext, id: unknown) {
  assertCan(ctx, "engagement:read");
  return ctx.run(async (db) => {
    const v = await db.vestiging.findFirst({
      where: { id: (await loadVestiging(db, id)).id },
      include: {
        organisation: true,
        contactPersons: { orderBy: { name: "asc" } },
        contributions: { orderBy: { createdAt: "asc" } },
        milestones: { orderBy: { achievedAt: "desc" } },
        doubts: { orderBy: { raisedAt: "desc" } },
        stepChanges: { orderBy: { at: "desc" }, take: 50 },
        contactMoments: { orderBy: { at: "desc" }, take: 50 },
      },
    });
    if (!v) throw notFound();
    return v;
  });
}

const SORTS: Record<string, (dir: "asc" | "desc") => Prisma.VestigingOrderByWithRelationInput[]> = {
  name: (dir) => [{ name: dir }, { id: "asc" }],
  sector: (dir) => [{ sector: dir }, { name: "asc" }, { id: "asc" }],
  wijk: (dir) => [{ wijk: { sort: dir, nulls: "last" } }, { name: "asc" }, { id: "asc" }],
  step: (dir) => [{ step: dir }, { name: "asc" }, { id: "asc" }],
  matrixScore: (dir) => [{ matrixScore: dir }, { name: "asc" }, { id: "asc" }],
  updatedAt: (dir) => [{ updatedAt: dir }, { id: "asc" }],
};

/** Search, filter and sort the registry, one page at a time. */
export async function searchVestigingen(ctx: TenantContext, input: unknown = {}) {
  assertCan(ctx, "engagement:read");
  const q = parseEngagementInput(ZSearchVestigingen, input);
  const where: Prisma.VestigingWhereInput = {
    ...(q.q ? { OR: [{ name: { contains: q.q, mode: "insensitive" } }, { organisation: { name: { contains: q.q, mode: "insensitive" } } }] } : {}),
    ...(q.sector ? { sector: q.sector } : {}),
    ...(q.wijk ? { wijk: { equals: q.wijk, mode: "insensitive" } } : {}),
    ...(q.step ? { step: q.step } : {}),
    ...(q.parked === undefined ? {} : { parkedAt: q.parked ? { not: null } : null }),
    ...(q.stopped === undefined ? {} : { stoppedAt: q.stopped ? { not: null } : null }),
  };
  return ctx.run(async (db) => {
    // Sequential: one transaction is one connection.
    const total = await db.vestiging.count({ where });
    const items = await db.vestiging.findMany({
        where,
        orderBy: SORTS[q.sort](q.dir),
        skip: (q.page - 1) * q.pageSize,
        take: q.pageSize,
        select: {
          id: true,
          name: true,
          sector: true,
          address: true,
          wijk: true,
          step: true,
          leadSource: true,
          matrixScore: true,
          accountHolderId: true,
          parkedAt: true,
          stoppedAt: true,
          acknowledgedAt: true,
          lastContactAt: true,
          organisation: { select: { id: true, name: true, nationalChain: true } },
          _count: { select: { doubts: { where: { status: "OPEN" } } } },
        },
      });
    return {
      items: items.map(({ _count, ...v }) => ({ ...v, openDoubts: _count.doubts })),
      total,
      page: q.page,
      pageSize: q.pageSize,
      pages: Math.max(1, Math.ceil(total / q.pageSize)),
    };
  });
}

/** Set the crosses of the shortlist matrix; the count is stored for sorting. */
export async function updateMatrix(ctx: TenantContext, id: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const crosses = parseEngagementInput(ZMatrix, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    const merged = Object.fromEntries(MATRIX_CRITERIA.map(({ key }) => [key, crosses[key] ?? v[key]])) as MatrixCrosses;
    return db.vestiging.update({ where: { id: v.id }, data: { ...merged, matrixScore: matrixScore(merged) } });
  });
}

/** Motives and the 5 M's of a vestiging. */
export async function setMotivesAndFiveMs(ctx: TenantContext, id: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  const data = parseEngagementInput(ZMotivesFiveMs, input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    return db.vestiging.update({
      where: { id: v.id },
      data: {
        ...(data.motives ? { motives: [...new Set(data.motives)] } : {}),
        ...(data.fiveMs ? { fiveMs: [...new Set(data.fiveMs)] } : {}),
      },
      select: { id: true, motives: true, fiveMs: true },
    });
  });
}
