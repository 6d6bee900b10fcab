/**
 * The readable audit trail (issue 19): who did what when, for the regisseur (a gemeente's own
 * AuditEvent rows and its signal audit chain) and for the platform admin (platform events, gemeenteId
 * NULL). Framework-free: the pages and the CSV export routes call these.
 *
 * No resident data: a line is the time, the person (a staff account, an API key or "Samenkracht"),
 * and a fixed Dutch text per kind of action (kinds.ts). Entity ids and details are never shown; the
 * signal chain's entries are shown without the signal.
 */
import { Prisma } from "@/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { requirePlatform, type Actor, type TenantContext } from "@/lib/auth/context";
import { unsafeRawPrisma } from "@/lib/db/client";
import { platformDb } from "@/lib/db/tenant";
import { forbidden, parseInput } from "@/lib/result";
import { AUDIT_GROUPS, actionsOf, describeAction } from "../kinds";
import { ZAuditFilter, type TAuditFilter, type TAuditLine } from "../schemas";

export const AUDIT_PAGE_SIZE = 50;
/** An export holds at most this many lines (a year of a busy gemeente); narrow the period for more. */
const AUDIT_EXPORT_MAX = 20_000;

type Row = { id: string; at: Date; actor: string | null; action: string; gemeente?: string | null };
export type AuditPage = {
  lines: TAuditLine[];
  total: number;
  page: number;
  pages: number;
  filter: TAuditFilter;
  people: Array<{ id: string; name: string }>;
};

function conditions(f: TAuditFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.van) parts.push(Prisma.sql`e.at >= ((${f.van}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam' AT TIME ZONE 'UTC')`);
  if (f.tot) parts.push(Prisma.sql`e.at < ((${f.tot}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam' AT TIME ZONE 'UTC')`);
  if (f.persoon) parts.push(Prisma.sql`e.actor = ${f.persoon}`);
  if (f.soort) parts.push(Prisma.sql`e.action = ANY(${actionsOf(f.soort)}::text[])`);
  return Prisma.join(parts, " AND ");
}

/** Names for the actor ids on a page: staff accounts by name; API keys and jobs by what they are. */
async function actorNames(ids: Array<string | null>): Promise<Map<string, string>> {
  const userIds = [...new Set(ids.filter((id): id is string => !!id && !id.includes(":")))];
  const users = userIds.length
    ? await platformDb().user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
    : [];
  return new Map(users.map((u) => [u.id, u.name]));
}

function actorLabel(id: string | null, names: Map<string, string>): string {
  if (!id) return "Iemand van buiten (openbaar formulier)";
  if (id.startsWith("apikey:")) return "Een gekoppeld systeem (API-sleutel)";
  if (id.startsWith("system:")) return "Samenkracht (automatisch)";
  return names.get(id) ?? "Een verwijderd account";
}

async function toLines(rows: Row[]): Promise<TAuditLine[]> {
  const names = await actorNames(rows.map((r) => r.actor));
  return rows.map((r) => {
    const d = describeAction(r.action);
    return {
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actor,
      actorName: actorLabel(r.actor, names),
      action: r.action,
      text: d.text,
      group: d.group,
      gemeente: r.gemeente,
    };
  });
}

async function peopleOf(ids: Array<{ actor: string | null }>): Promise<Array<{ id: string; name: string }>> {
  const list = ids.map((r) => r.actor).filter((id): id is string => !!id);
  const names = await actorNames(list);
  return list.map((id) => ({ id, name: actorLabel(id, names) })).sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

// ---------------------------------------------------------------------------------------------
// A gemeente's log (permission audit:read).

const gemeenteSource = (gemeenteId: string) => Prisma.sql`(
  SELECT id, "createdAt" AS at, "actorId" AS actor, action FROM "AuditEvent" WHERE "gemeenteId" = ${gemeenteId}
  UNION ALL
  SELECT id, "createdAt" AS at, "actorUserId" AS actor, action FROM "SignalAuditEntry" WHERE "gemeenteId" = ${gemeenteId}
) e`;

export async function listGemeenteAudit(ctx: TenantContext, query: unknown): Promise<AuditPage> {
  if (!can(ctx.role, "audit:read")) throw forbidden();
  const filter = parseInput(ZAuditFilter, query);
  const src = gemeenteSource(ctx.gemeente.id);
  const where = conditions(filter);
  const offset = (filter.pagina - 1) * AUDIT_PAGE_SIZE;
  const [rows, count, actors] = await ctx.run((db) =>
    Promise.all([
      db.$queryRaw<
        Row[]
      >`SELECT e.id, e.at, e.actor, e.action FROM ${src} WHERE ${where} ORDER BY e.at DESC, e.id DESC LIMIT ${AUDIT_PAGE_SIZE} OFFSET ${offset}`,
      db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM ${src} WHERE ${where}`,
      db.$queryRaw<Array<{ actor: string | null }>>`SELECT DISTINCT e.actor FROM ${src} WHERE e.actor IS NOT NULL`,
    ]),
  );
  const total = count[0]?.n ?? 0;
  return {
    lines: await toLines(rows),
    total,
    page: filter.pagina,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    filter,
    people: await peopleOf(actors),
  };
}

export async function exportGemeenteAudit(ctx: TenantContext, query: unknown): Promise<TAuditLine[]> {
  if (!can(ctx.role, "audit:read")) throw forbidden();
  const filter = parseInput(ZAuditFilter, query);
  const src = gemeenteSource(ctx.gemeente.id);
  const rows = await ctx.run(
    (db) =>
      db.$queryRaw<
        Row[]
      >`SELECT e.id, e.at, e.actor, e.action FROM ${src} WHERE ${conditions(filter)} ORDER BY e.at DESC, e.id DESC LIMIT ${AUDIT_EXPORT_MAX}`,
  );
  return toLines(rows);
}

// ---------------------------------------------------------------------------------------------
// The platform's log (platform admin): events outside any gemeente (gemeenteId NULL). Read with the
// app role outside a tenant scope; RLS policy platform_events_read shows exactly those rows.

const platformSource = Prisma.sql`(
  SELECT id, "createdAt" AS at, "actorId" AS actor, action, details->>'gemeente' AS gemeente FROM "AuditEvent" WHERE "gemeenteId" IS NULL
) e`;

export async function listPlatformAudit(actor: Actor, query: unknown): Promise<AuditPage> {
  requirePlatform(actor, "platform:admin");
  const filter = parseInput(ZAuditFilter, query);
  const where = conditions(filter);
  const db = unsafeRawPrisma();
  const offset = (filter.pagina - 1) * AUDIT_PAGE_SIZE;
  const [rows, count, actors] = await Promise.all([
    db.$queryRaw<
      Row[]
    >`SELECT e.id, e.at, e.actor, e.action, e.gemeente FROM ${platformSource} WHERE ${where} ORDER BY e.at DESC, e.id DESC LIMIT ${AUDIT_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<Array<{ n: number }>>`SELECT count(*)::int AS n FROM ${platformSource} WHERE ${where}`,
    db.$queryRaw<Array<{ actor: string | null }>>`SELECT DISTINCT e.actor FROM ${platformSource} WHERE e.actor IS NOT NULL`,
  ]);
  const total = count[0]?.n ?? 0;
  return {
    lines: await toLines(rows),
    total,
    page: filter.pagina,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    filter,
    people: await peopleOf(actors),
  };
}

export async function exportPlatformAudit(actor: Actor, query: unknown): Promise<TAuditLine[]> {
  requirePlatform(actor, "platform:admin");
  const filter = parseInput(ZAuditFilter, query);
  const rows = await unsafeRawPrisma().$queryRaw<
    Row[]
  >`SELECT e.id, e.at, e.actor, e.action, e.gemeente FROM ${platformSource} WHERE ${conditions(filter)} ORDER BY e.at DESC, e.id DESC LIMIT ${AUDIT_EXPORT_MAX}`;
  return toLines(rows);
}

const WHEN = new Intl.DateTimeFormat("nl-NL", {
  timeZone: "Europe/Amsterdam",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
/** "04-03-2026 10:30" (Amsterdam time), the same on the page and in the CSV. */
export const formatWhen = (iso: string) => WHEN.format(new Date(iso)).replace(", ", " ");

/** The CSV rows (header first) of an export. */
export function auditCsvRows(lines: TAuditLine[], withGemeente = false): string[][] {
  const header = ["Datum en tijd", "Wie", "Wat", "Soort", "Code", ...(withGemeente ? ["Gemeente"] : [])];
  return [
    header,
    ...lines.map((l) => [
      formatWhen(l.at),
      l.actorName,
      l.text,
      l.group ? AUDIT_GROUPS[l.group] : "",
      l.action,
      ...(withGemeente ? [l.gemeente ?? ""] : []),
    ]),
  ];
}
