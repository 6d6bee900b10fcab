/**
 * Campaign year plan: list a year (dashboard:read), create/update/delete and fill the year with the
 * fixed moments (coalition:manage). Filling is idempotent: a unique key per gemeente, year and
 * fixed moment, inserted with skipDuplicates.
 */
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import { recordAudit } from "@/lib/audit/record";
import type { TargetGroup } from "@/modules/offer";
import { FIXED_MOMENTS, MAX_YEAR, MIN_YEAR, ZCampaignInput, dayString, type TCampaign } from "../schemas";

const SELECT = {
  id: true,
  year: true,
  title: true,
  kind: true,
  targetGroups: true,
  startDate: true,
  endDate: true,
  description: true,
  status: true,
  owner: true,
  fixedKey: true,
} as const;
type Row = {
  id: string;
  year: number;
  title: string;
  kind: TCampaign["kind"];
  targetGroups: string[];
  startDate: Date;
  endDate: Date;
  description: string;
  status: TCampaign["status"];
  owner: string;
  fixedKey: string | null;
};

const toDto = (r: Row): TCampaign => ({
  ...r,
  targetGroups: r.targetGroups as TargetGroup[],
  startDate: dayString(r.startDate),
  endDate: dayString(r.endDate),
});
const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

const BAD_YEAR = `Kies een jaar tussen ${MIN_YEAR} en ${MAX_YEAR}.`;
function checkYear(year: unknown): number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw new AppError("VALIDATION", BAD_YEAR, { status: 400 });
  return year;
}

/** Everything that runs (partly) in `year`, by start date. */
export async function listCampaigns(ctx: TenantContext, year: number): Promise<TCampaign[]> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const y = checkYear(year);
  const rows = await ctx.run((db) =>
    db.campaign.findMany({
      where: { startDate: { lte: new Date(Date.UTC(y, 11, 31)) }, endDate: { gte: new Date(Date.UTC(y, 0, 1)) } },
      select: SELECT,
      orderBy: [{ startDate: "asc" }, { title: "asc" }],
    }),
  );
  return rows.map(toDto);
}

export async function createCampaign(ctx: TenantContext, input: unknown): Promise<TCampaign> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZCampaignInput, input);
  return ctx.run(async (db) => {
    const row = await db.campaign.create({
      data: { ...data, year: data.startDate.getUTCFullYear(), gemeenteId: ctx.gemeente.id },
      select: SELECT,
    });
    await recordAudit(db, ctx, { action: "campaign.create", entity: "Campaign", entityId: row.id });
    return toDto(row);
  });
}

/** Replace the fields of one item. A fixed moment keeps its key only while it stays in its year. */
export async function updateCampaign(ctx: TenantContext, id: unknown, input: unknown): Promise<TCampaign> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(id)) throw notFound();
  const data = parseInput(ZCampaignInput, input);
  return ctx.run(async (db) => {
    const existing = await db.campaign.findFirst({ where: { id }, select: { id: true, year: true } });
    if (!existing) throw notFound();
    const year = data.startDate.getUTCFullYear();
    const row = await db.campaign.update({
      where: { id },
      data: { ...data, year, ...(year !== existing.year ? { fixedKey: null } : {}) },
      select: SELECT,
    });
    await recordAudit(db, ctx, { action: "campaign.update", entity: "Campaign", entityId: id });
    return toDto(row);
  });
}

export async function deleteCampaign(ctx: TenantContext, id: unknown): Promise<{ id: string; title: string }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(id)) throw notFound();
  return ctx.run(async (db) => {
    const existing = await db.campaign.findFirst({ where: { id }, select: { id: true, title: true } });
    if (!existing) throw notFound();
    await db.campaign.delete({ where: { id } });
    await recordAudit(db, ctx, { action: "campaign.delete", entity: "Campaign", entityId: id });
    return existing;
  });
}

/** Add the fixed moments of `year` that are not there yet. Pressing twice adds nothing the second time. */
export async function fillYear(ctx: TenantContext, year: unknown): Promise<{ year: number; added: number }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const y = checkYear(year);
  return ctx.run(async (db) => {
    const res = await db.campaign.createMany({
      data: FIXED_MOMENTS.map((m) => ({
        gemeenteId: ctx.gemeente.id,
        year: y,
        fixedKey: m.key,
        title: m.title,
        kind: m.kind,
        targetGroups: [...m.targetGroups],
        startDate: new Date(Date.UTC(y, m.start[0] - 1, m.start[1])),
        endDate: new Date(Date.UTC(y, m.end[0] - 1, m.end[1])),
        description: m.description,
      })),
      skipDuplicates: true,
    });
    if (res.count > 0) {
      await recordAudit(db, ctx, { action: "campaign.fill-year", entity: "Campaign", entityId: String(y) });
    }
    return { year: y, added: res.count };
  });
}
