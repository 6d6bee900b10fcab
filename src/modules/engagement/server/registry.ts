/**
 * The entrepreneur registry of one gemeente: create, update, search/filter/sort with pagination,
 * and the shortlist matrix. A national chain is one (global) Organisation; each gemeente manages
 * only its own Vestiging rows (the relation with the local branch).
 */
import { sentKeysOnly } from "@/lib/input/patch";
import { Prisma } from "@/generated/prisma/client";
import type { TenantContext } from "@/lib/auth/context";
import type { Db } from "@/lib/db/tenant";
import { likeContains, likeLiteral } from "@/lib/db/like";
import { AppError, notFound } from "@/lib/result";
import { matrixScore, MATRIX_CRITERIA, type MatrixCrosses } from "../matrix";
import { type REGISTRY_SORTS, ZCreateVestiging, ZMatrix, ZMotivesFiveMs, ZSearchVestigingen, ZUpdateVestiging } from "../schemas";
import type { z } from "zod";
import { holdIfScreened } from "./screen";
import { assertAccountHolder, assertCan, loadVestiging, parseEngagementInput } from "./access";
import { suggestsSectorCross } from "../sectors";

async function findOrCreateOrganisation(
  db: Db,
  input: {
    organisationId?: string;
    organisationName?: string | null;
    fallbackName: string;
    kind?: "SOCIALE_ONDERNEMING" | "MVO_BEDRIJF" | "COMMERCIEEL";
    nationalChain?: boolean;
    kvkNumber?: string | null;
  },
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
    const created = await db.vestiging.create({
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
    await holdIfScreened(db, ctx, created.id, "de openbare beschrijving", [data.publicDescription]);
    return created;
  });
}

export async function updateVestiging(ctx: TenantContext, id: unknown, input: unknown) {
  assertCan(ctx, "engagement:manage");
  // Only what was sent: a PATCH with just a name leaves address, wijk and description alone.
  const data = sentKeysOnly(parseEngagementInput(ZUpdateVestiging, input), input);
  return ctx.run(async (db) => {
    const v = await loadVestiging(db, id);
    if (data.accountHolderId !== undefined) await assertAccountHolder(db, data.accountHolderId);
    const updated = await db.vestiging.update({ where: { id: v.id }, data });
    // Only a changed text is screened: a text a colleague already cleared is not held again.
    if (data.publicDescription !== undefined && (data.publicDescription ?? null) !== v.publicDescription) {
      await holdIfScreened(db, ctx, v.id, "de openbare beschrijving", [data.publicDescription]);
    }
    return updated;
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

const dirSql = (dir: "asc" | "desc") => (dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`);

/** Registry order: one sort column, then name and id so every page is stable. */
const SORTS: Record<(typeof REGISTRY_SORTS)[number], (dir: "asc" | "desc") => Prisma.Sql> = {
  name: (dir) => Prisma.sql`v.name ${dirSql(dir)}, v.id ASC`,
  sector: (dir) => Prisma.sql`v.sector ${dirSql(dir)}, v.name ASC, v.id ASC`,
  wijk: (dir) => Prisma.sql`v.wijk ${dirSql(dir)} NULLS LAST, v.name ASC, v.id ASC`,
  step: (dir) => Prisma.sql`v.step ${dirSql(dir)}, v.name ASC, v.id ASC`,
  matrixScore: (dir) => Prisma.sql`v."matrixScore" ${dirSql(dir)}, v.name ASC, v.id ASC`,
  updatedAt: (dir) => Prisma.sql`v."updatedAt" ${dirSql(dir)}, v.id ASC`,
};

/**
 * The registry filter as SQL. Text search: q is contained in the vestiging's name or in its
 * organisation's name, ignoring case and accents ("cafe" finds "Café"), literally (q's own % and _
 * mean themselves: likeContains). Both sides go through the SQL function search_fold(): the copies
 * "searchName" / "searchOrganisation" (kept by triggers: migrations *_registry_search*) and q, and the
 * subquery reads only the gemeente's entries of one index (index-only scan): a few milliseconds
 * for the largest gemeente instead of a join with every organisation in the country.
 * The gemeente is explicit here (wall 1) and forced again by row-level security (wall 2).
 */
function registryWhere(gemeenteId: string, q: z.output<typeof ZSearchVestigingen>, text: "subquery" | "direct" = "subquery"): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`v."gemeenteId" = ${gemeenteId}`];
  if (q.q) {
    const pattern = likeContains(q.q);
    parts.push(
      text === "direct"
        ? Prisma.sql`(v."searchName" LIKE search_fold(${pattern}) OR v."searchOrganisation" LIKE search_fold(${pattern}))`
        : Prisma.sql`v.id IN (SELECT s.id FROM "Vestiging" s WHERE s."gemeenteId" = ${gemeenteId}
      AND (s."searchName" LIKE search_fold(${pattern}) OR s."searchOrganisation" LIKE search_fold(${pattern})))`,
    );
  }
  if (q.sector) parts.push(Prisma.sql`v.sector = ${q.sector}`);
  if (q.wijk) parts.push(Prisma.sql`v.wijk ILIKE ${likeLiteral(q.wijk)}`);
  if (q.step) parts.push(Prisma.sql`v.step = ${q.step}::"PipelineStep"`);
  if (q.parked !== undefined) parts.push(q.parked ? Prisma.sql`v."parkedAt" IS NOT NULL` : Prisma.sql`v."parkedAt" IS NULL`);
  if (q.stopped !== undefined) parts.push(q.stopped ? Prisma.sql`v."stoppedAt" IS NOT NULL` : Prisma.sql`v."stoppedAt" IS NULL`);
  return Prisma.join(parts, " AND ");
}

/** Search, filter and sort the registry, one page at a time. */
export async function searchVestigingen(ctx: TenantContext, input: unknown = {}) {
  assertCan(ctx, "engagement:read");
  const q = parseEngagementInput(ZSearchVestigingen, input);
  const where = registryWhere(ctx.gemeente.id, q);
  // Counting a text search without other filters needs nothing but the search index: match on the
  // row itself (index-only). With other filters the subquery form keeps the heap visits to the matches.
  const onlyText =
    q.sector === undefined && q.wijk === undefined && q.step === undefined && q.parked === undefined && q.stopped === undefined;
  const countWhere = onlyText ? registryWhere(ctx.gemeente.id, q, "direct") : where;
  return ctx.run(async (db) => {
    // Sequential: one transaction is one connection. The page is chosen in SQL (filter, order,
    // offset), then its rows are loaded by id and put back in that order.
    const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Vestiging" v WHERE ${countWhere}`;
    const page = await db.$queryRaw<{ id: string }[]>`SELECT v.id FROM "Vestiging" v WHERE ${where}
      ORDER BY ${SORTS[q.sort](q.dir)} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
    const rows = page.length
      ? await db.vestiging.findMany({
          where: { id: { in: page.map((r) => r.id) } },
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
            stoppedReason: true,
            acknowledgedAt: true,
            lastContactAt: true,
            organisation: { select: { id: true, name: true, nationalChain: true } },
            _count: { select: { doubts: { where: { status: "OPEN" } } } },
          },
        })
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const items = page.flatMap(({ id }) => {
      const row = byId.get(id);
      if (!row) return [];
      const { _count, ...v } = row;
      return [{ ...v, openDoubts: _count.doubts }];
    });
    return {
      items,
      total,
      page: q.page,
      pageSize: q.pageSize,
      pages: Math.max(1, Math.ceil(total / q.pageSize)),
    };
  });
}

/** The matrix crosses of these vestigingen (the matrix page), by id; ids of another gemeente are not seen. */
export async function matrixCrossesOf(ctx: TenantContext, ids: readonly string[]): Promise<Map<string, MatrixCrosses>> {
  assertCan(ctx, "engagement:read");
  const rows = await ctx.run((db) =>
    db.vestiging.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, ...Object.fromEntries(MATRIX_CRITERIA.map((c) => [c.key, true])) },
    }),
  );
  return new Map(
    rows.map((v) => [
      v.id,
      Object.fromEntries(MATRIX_CRITERIA.map((c) => [c.key, !!(v as Record<string, unknown>)[c.key]])) as MatrixCrosses,
    ]),
  );
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
