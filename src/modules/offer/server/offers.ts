/**
 * Support offer: create, update, list (staff), list (public), confirm (by signed token).
 * Staff reads need dashboard:read, changes coalition:manage; public reads only published, current entries.
 */
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { platformDb, withTenant } from "@/lib/db/tenant";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import { recordAudit } from "@/lib/audit/record";
import { FROM_EXPOSABLE_SOURCE_WHERE } from "@/modules/engagement/server";
import { holdIfScreened } from "@/modules/engagement/server";
import { confirmMonthsFrom, isStale, staleBefore } from "../freshness";
import { verifyConfirmToken } from "../token";
import type { Prisma } from "@/generated/prisma/client";
import {
  DAYPART_RANGES,
  OFFER_PAGE_SIZE,
  ZOfferInput,
  ZOfferSearch,
  type Accessibility,
  type CostKind,
  type Day,
  type Degree,
  type TargetGroup,
  type TOffer,
  type TOfferSearch,
  type TPublicOffer,
} from "../schemas";
import { signalCategoriesOf } from "@/modules/signals";

const SELECT = {
  id: true,
  title: true,
  description: true,
  provider: true,
  providerEmail: true,
  targetGroups: true,
  degrees: true,
  categories: true,
  wijk: true,
  howToJoin: true,
  cost: true,
  published: true,
  confirmedAt: true,
  locationName: true,
  address: true,
  scheduleDays: true,
  startTime: true,
  endTime: true,
  scheduleNote: true,
  costKind: true,
  costCents: true,
  accessibility: true,
} as const;
type Row = {
  id: string;
  title: string;
  description: string;
  provider: string;
  providerEmail: string | null;
  targetGroups: string[];
  degrees: string[];
  categories: string[];
  wijk: string | null;
  howToJoin: string;
  cost: string;
  published: boolean;
  confirmedAt: Date;
  locationName: string | null;
  address: string | null;
  scheduleDays: string[];
  startTime: string | null;
  endTime: string | null;
  scheduleNote: string;
  costKind: string;
  costCents: number | null;
  accessibility: string[];
};

/** An offer's hulpvragen come from the gemeente's own list (the signals' categories). */
async function assertListedCategories(gemeenteId: string, keys: readonly string[]): Promise<void> {
  if (!keys.length) return;
  const g = await platformDb().gemeente.findUnique({ where: { id: gemeenteId }, select: { settings: true } });
  const listed = signalCategoriesOf(g?.settings);
  if (!keys.every((k) => listed.some((c) => c.key === k))) {
    throw new AppError("VALIDATION", undefined, { fieldErrors: { categories: ["Kies een hulpvraag uit de lijst van de gemeente."] } });
  }
}

async function confirmMonths(gemeenteId: string): Promise<number> {
  const g = await platformDb().gemeente.findUnique({ where: { id: gemeenteId }, select: { settings: true } });
  return confirmMonthsFrom(g?.settings);
}

function toDto(r: Row, now: Date, months: number): TOffer {
  return {
    ...r,
    targetGroups: r.targetGroups as TargetGroup[],
    degrees: r.degrees as Degree[],
    scheduleDays: r.scheduleDays as Day[],
    costKind: r.costKind as CostKind,
    accessibility: r.accessibility as Accessibility[],
    confirmedAt: r.confirmedAt.toISOString(),
    stale: isStale(r.confirmedAt, now, months),
  };
}

function toPublic(o: TOffer): TPublicOffer {
  const pub: Partial<TOffer> = { ...o };
  delete pub.providerEmail;
  delete pub.published;
  delete pub.stale;
  delete pub.categories;
  return pub as TPublicOffer;
}

/**
 * What residents may rely on: published, confirmed within the interval, and — for an entrepreneur's
 * entry — only while their vestiging may be shown (the one exposure predicate, decision 0012).
 * Every public surface (page, API) reads this.
 */
function publicOfferWhere(now: Date, months: number): Prisma.SupportOfferWhereInput {
  return { published: true, confirmedAt: { gte: staleBefore(now, months) }, ...FROM_EXPOSABLE_SOURCE_WHERE };
}

export async function listOffers(ctx: TenantContext, now = new Date()): Promise<TOffer[]> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const months = await confirmMonths(ctx.gemeente.id);
  const rows = await ctx.run((db) => db.supportOffer.findMany({ select: SELECT, orderBy: { title: "asc" } }));
  return rows.map((r) => toDto(r, now, months));
}

/** Published and confirmed within the interval: what residents may rely on (all of it, by title). */
export async function listPublicOffers(ctx: TenantContext, now = new Date()): Promise<TPublicOffer[]> {
  const months = await confirmMonths(ctx.gemeente.id);
  const rows = await ctx.run((db) =>
    db.supportOffer.findMany({
      where: publicOfferWhere(now, months),
      select: SELECT,
      orderBy: [{ sortTitle: "asc" }, { title: "asc" }, { id: "asc" }],
    }),
  );
  return rows.map((r) => toPublic(toDto(r, now, months)));
}

export type PublicOfferPage = {
  items: TPublicOffer[];
  page: number;
  pages: number;
  pageSize: number;
  /** All public entries, and those that match the search. */
  total: number;
  matching: number;
  /** The wijken that occur in the public entries (for the filter). */
  wijken: string[];
  search: TOfferSearch;
};

/**
 * The sociale kaart's search (public page and GET /api/v1/gemeenten/{g}/aanbod): the public entries
 * filtered on doelgroep, wijk, day, part of the day, cost and accessibility, by title, in pages.
 * Bad input → VALIDATION (Dutch field errors). A page past the end is empty (page stays as asked).
 */
export async function searchPublicOffers(ctx: TenantContext, query: unknown, now = new Date()): Promise<PublicOfferPage> {
  const search = parseInput(ZOfferSearch, query ?? {});
  const months = await confirmMonths(ctx.gemeente.id);
  const base = publicOfferWhere(now, months);
  const filters: Prisma.SupportOfferWhereInput[] = [];
  // "Iedereen" offers suit every doelgroep.
  if (search.doelgroep)
    filters.push({ targetGroups: { hasSome: search.doelgroep === "IEDEREEN" ? ["IEDEREEN"] : [search.doelgroep, "IEDEREEN"] } });
  if (search.wijk) filters.push({ wijk: { equals: search.wijk, mode: "insensitive" } });
  if (search.dag) filters.push({ scheduleDays: { has: search.dag } });
  if (search.dagdeel) {
    const [from, to] = DAYPART_RANGES[search.dagdeel];
    filters.push({ startTime: { gte: from, lt: to } });
  }
  if (search.kosten) filters.push({ costKind: search.kosten });
  if (search.toegankelijk.length) filters.push({ accessibility: { hasEvery: search.toegankelijk } });
  const where: Prisma.SupportOfferWhereInput = { AND: [base, ...filters] };
  const page = search.pagina ?? 1;
  const pageSize = OFFER_PAGE_SIZE;
  const [total, matching, rows, wijkRows] = await ctx.run((db) =>
    Promise.all([
      db.supportOffer.count({ where: base }),
      db.supportOffer.count({ where }),
      db.supportOffer.findMany({
        where,
        select: SELECT,
        orderBy: [{ sortTitle: "asc" }, { title: "asc" }, { id: "asc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      db.supportOffer.findMany({
        where: { AND: [base, { wijk: { not: null } }] },
        select: { wijk: true },
        distinct: ["wijk"],
        orderBy: { wijk: "asc" },
      }),
    ]),
  );
  return {
    items: rows.map((r) => toPublic(toDto(r, now, months))),
    page,
    pages: Math.max(1, Math.ceil(matching / pageSize)),
    pageSize,
    total,
    matching,
    wijken: wijkRows.map((w) => w.wijk as string),
    search,
  };
}

export async function createOffer(ctx: TenantContext, input: unknown): Promise<TOffer> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZOfferInput, input);
  await assertListedCategories(ctx.gemeente.id, data.categories);
  const months = await confirmMonths(ctx.gemeente.id);
  return ctx.run(async (db) => {
    const row = await db.supportOffer.create({ data: { ...data, gemeenteId: ctx.gemeente.id }, select: SELECT });
    await recordAudit(db, ctx, { action: "offer.create", entity: "SupportOffer", entityId: row.id });
    return toDto(row, new Date(), months);
  });
}

/** Replace an entry's fields; the staff member's edit counts as a confirmation. Other gemeenten' ids → NOT_FOUND. */
export async function updateOffer(ctx: TenantContext, id: string, input: unknown): Promise<TOffer> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZOfferInput, input);
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw notFound();
  await assertListedCategories(ctx.gemeente.id, data.categories);
  const months = await confirmMonths(ctx.gemeente.id);
  return ctx.run(async (db) => {
    const existing = await db.supportOffer.findFirst({
      where: { id },
      select: { id: true, vestigingId: true, title: true, description: true, howToJoin: true },
    });
    if (!existing) throw notFound();
    const row = await db.supportOffer.update({ where: { id }, data: { ...data, confirmedAt: new Date() }, select: SELECT });
    // An entrepreneur's entry: changed text is screened like theirs (held by a twijfel on a hit).
    if (existing.vestigingId) {
      const changed = (["title", "description", "howToJoin"] as const).map((k) => (data[k] !== existing[k] ? data[k] : null));
      await holdIfScreened(db, ctx, existing.vestigingId, "een activiteit in het aanbod", changed);
    }
    await recordAudit(db, ctx, { action: "offer.update", entity: "SupportOffer", entityId: id });
    return toDto(row, new Date(), months);
  });
}

const INVALID_TOKEN = "Deze link werkt niet (meer). Vraag de regisseur om een nieuwe link.";

/** A provider confirms an entry with the signed link from the reminder mail. */
export async function confirmOfferByToken(token: unknown, now = new Date()): Promise<{ title: string; gemeenteName: string }> {
  const ids = verifyConfirmToken(token, now);
  if (!ids) throw new AppError("INVALID_TOKEN", INVALID_TOKEN, { status: 400 });
  const g = await platformDb().gemeente.findUnique({ where: { id: ids.gemeenteId }, select: { id: true, name: true } });
  if (!g) throw new AppError("INVALID_TOKEN", INVALID_TOKEN, { status: 400 });
  return withTenant({ gemeenteId: g.id }, async (db) => {
    const existing = await db.supportOffer.findFirst({ where: { id: ids.offerId }, select: { id: true, title: true } });
    if (!existing) throw new AppError("INVALID_TOKEN", INVALID_TOKEN, { status: 400 });
    await db.supportOffer.update({ where: { id: existing.id }, data: { confirmedAt: now } });
    await recordAudit(db, { gemeenteId: g.id, actorId: null }, { action: "offer.confirm", entity: "SupportOffer", entityId: existing.id });
    return { title: existing.title, gemeenteName: g.name };
  });
}

/** Take an entry off the public page (it stays in the staff list and can be published again). */
export async function unpublishOffer(ctx: TenantContext, id: unknown): Promise<{ id: string; title: string }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (typeof id !== "string" || id.length === 0 || id.length > 64) throw notFound();
  return ctx.run(async (db) => {
    const existing = await db.supportOffer.findFirst({ where: { id }, select: { id: true } });
    if (!existing) throw notFound();
    const row = await db.supportOffer.update({ where: { id }, data: { published: false }, select: { id: true, title: true } });
    await recordAudit(db, ctx, { action: "offer.unpublished", entity: "SupportOffer", entityId: id });
    return row;
  });
}
