/**
 * Klankbordgroep: people with lived experience from the main risk groups (stappenplan), their
 * meetings, and their input with what the coalition did with it.
 *
 * Privacy: members are personal data. Store as little as possible (name or pseudonym, optional
 * contact, risk groups, consent date) and show them only with coalition:manage (the regisseur).
 * Risk groups are special category data (health-adjacent): stored AES-256-GCM encrypted like signal
 * fields (`riskGroupsEnc`, bound to gemeente + row + field); the old plaintext column stays empty
 * (CHECK constraint) and existing rows are moved by `npm run signals:rotate-keys`.
 * Meetings and input carry no member names: readable with dashboard:read (gemeente staff who
 * steer the approach), changed with coalition:manage.
 */
import { randomUUID } from "node:crypto";
import type { KlankbordInputStatus, KlankbordRiskGroup } from "@/generated/prisma/enums";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { decryptField, DecryptError, encryptField, reencryptIfStale } from "@/lib/crypto/fields";
import { withTenant } from "@/lib/db/tenant";
import { AppError, forbidden, notFound, parseInput } from "@/lib/result";
import { recordAudit } from "@/lib/audit/record";
import type { z } from "zod";
import {
  ZKlankbordInputInput,
  ZKlankbordInputStatus,
  ZKlankbordMeetingInput,
  ZKlankbordMemberInput,
  type ZKlankbordInputOut,
  type ZKlankbordMeetingOut,
} from "../schemas";

export type TKlankbordMember = {
  id: string;
  displayName: string;
  contact: string | null;
  riskGroups: KlankbordRiskGroup[];
  consentAt: string;
};
export type TKlankbordMeeting = z.infer<typeof ZKlankbordMeetingOut>;
export type TKlankbordInput = z.infer<typeof ZKlankbordInputOut>;

const day = (d: Date) => d.toISOString().slice(0, 10);
const validId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

async function audit(ctx: TenantContext, action: string, entity: string, entityId: string, details: Record<string, unknown> = {}) {
  await ctx.run((db) => recordAudit(db, ctx, { action, entity, entityId, details }));
}

// ── Members (personal data: coalition:manage only) ─────────────────────────────────────────────

const RISK_FIELD = "klankbord.riskGroups";
const RISK_GROUPS = new Set<string>([
  "OUDEREN_75_PLUS",
  "JONGEREN_15_24",
  "ROUW_VERLIES",
  "BEPERKING_PSYCHIATRIE",
  "MANTELZORGERS",
  "DAKLOZEN",
]);
const encryptRiskGroups = (gemeenteId: string, rowId: string, groups: KlankbordRiskGroup[]) =>
  encryptField(JSON.stringify(groups), { gemeenteId, rowId, field: RISK_FIELD });

/** The member's risk groups: decrypted, or the legacy plaintext of a row not yet migrated. Unreadable → [] (reported). */
function riskGroupsOf(r: {
  id: string;
  gemeenteId: string;
  riskGroups: KlankbordRiskGroup[];
  riskGroupsEnc: string | null;
}): KlankbordRiskGroup[] {
  if (!r.riskGroupsEnc) return r.riskGroups;
  try {
    const v: unknown = JSON.parse(decryptField(r.riskGroupsEnc, { gemeenteId: r.gemeenteId, rowId: r.id, field: RISK_FIELD }));
    return Array.isArray(v) ? (v.filter((g) => typeof g === "string" && RISK_GROUPS.has(g)) as KlankbordRiskGroup[]) : [];
  } catch (e) {
    if (!(e instanceof DecryptError)) throw e;
    console.error(`[klankbord] unreadable value skipped: row ${r.id}, field riskGroups`);
    return [];
  }
}

/**
 * Move every member of one gemeente onto the encrypted column, or onto the active key: plaintext
 * risk groups are encrypted and the plaintext emptied; stale ciphertext is re-encrypted. Runs in
 * batches (one short transaction each) and can simply be run again. Returns values changed.
 */
export async function encryptKlankbordRiskGroups(
  gemeenteId: string,
  opts: { batchSize?: number; onUnreadable?: (p: { table: "KlankbordMember"; id: string; field: string }) => void } = {},
): Promise<number> {
  const take = opts.batchSize ?? 500;
  let after: string | null = null;
  let changed = 0;
  for (;;) {
    const rows = await withTenant({ gemeenteId }, async (db) => {
      const batch = await db.klankbordMember.findMany({
        where: after ? { id: { gt: after } } : {},
        select: { id: true, gemeenteId: true, riskGroups: true, riskGroupsEnc: true },
        orderBy: { id: "asc" },
        take,
      });
      for (const r of batch) {
        let next: string | null = null;
        if (!r.riskGroupsEnc) next = encryptRiskGroups(gemeenteId, r.id, r.riskGroups);
        else {
          try {
            next = reencryptIfStale(r.riskGroupsEnc, { gemeenteId, rowId: r.id, field: RISK_FIELD });
          } catch (e) {
            if (!(e instanceof DecryptError)) throw e;
            opts.onUnreadable?.({ table: "KlankbordMember", id: r.id, field: "riskGroups" });
          }
        }
        if (next || r.riskGroups.length) {
          await db.klankbordMember.update({ where: { id: r.id }, data: { ...(next ? { riskGroupsEnc: next } : {}), riskGroups: [] } });
          changed++;
        }
      }
      return batch;
    });
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    if (rows.length < take) break;
  }
  return changed;
}

export async function listKlankbordMembers(ctx: TenantContext): Promise<TKlankbordMember[]> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const rows = await ctx.run((db) => db.klankbordMember.findMany({ orderBy: [{ displayName: "asc" }, { id: "asc" }] }));
  return rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    contact: r.contact,
    riskGroups: riskGroupsOf(r),
    consentAt: day(r.consentAt),
  }));
}

/** The number of members per risk group: no names, so staff who steer the approach may see it. */
export async function klankbordComposition(
  ctx: TenantContext,
): Promise<{ members: number; byRiskGroup: Partial<Record<KlankbordRiskGroup, number>> }> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const rows = await ctx.run((db) =>
    db.klankbordMember.findMany({ select: { id: true, gemeenteId: true, riskGroups: true, riskGroupsEnc: true } }),
  );
  const byRiskGroup: Partial<Record<KlankbordRiskGroup, number>> = {};
  for (const r of rows) for (const g of riskGroupsOf(r)) byRiskGroup[g] = (byRiskGroup[g] ?? 0) + 1;
  return { members: rows.length, byRiskGroup };
}

export async function createKlankbordMember(ctx: TenantContext, input: unknown): Promise<{ id: string }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZKlankbordMemberInput, input);
  if (data.consentAt.getTime() > Date.now()) {
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: { consentAt: ["De datum van toestemming kan niet in de toekomst liggen."] },
    });
  }
  return ctx.run(async (db) => {
    const id = randomUUID();
    const row = await db.klankbordMember.create({
      data: {
        id,
        gemeenteId: ctx.gemeente.id,
        displayName: data.displayName,
        contact: data.contact,
        riskGroups: [],
        riskGroupsEnc: encryptRiskGroups(ctx.gemeente.id, id, data.riskGroups),
        consentAt: data.consentAt,
      },
      select: { id: true },
    });
    // No name or contact in the audit trail: only that a member was added.
    await recordAudit(db, ctx, { action: "klankbord.member.create", entity: "KlankbordMember", entityId: row.id });
    return row;
  });
}

/** Remove a member and their details (a member may leave at any time). */
export async function deleteKlankbordMember(ctx: TenantContext, id: string): Promise<{ id: string }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  if (!validId(id)) throw notFound();
  const { count } = await ctx.run((db) => db.klankbordMember.deleteMany({ where: { id } }));
  if (count === 0) throw notFound();
  await audit(ctx, "klankbord.member.delete", "KlankbordMember", id);
  return { id };
}

// ── Meetings ───────────────────────────────────────────────────────────────────────────────────

export async function listKlankbordMeetings(ctx: TenantContext): Promise<TKlankbordMeeting[]> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const rows = await ctx.run((db) =>
    db.klankbordMeeting.findMany({ orderBy: [{ date: "desc" }, { createdAt: "desc" }], include: { _count: { select: { inputs: true } } } }),
  );
  return rows.map((r) => ({ id: r.id, date: day(r.date), topic: r.topic, notes: r.notes, inputCount: r._count.inputs }));
}

export async function createKlankbordMeeting(ctx: TenantContext, input: unknown): Promise<{ id: string }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZKlankbordMeetingInput, input);
  return ctx.run(async (db) => {
    const row = await db.klankbordMeeting.create({
      data: { gemeenteId: ctx.gemeente.id, date: data.date, topic: data.topic, notes: data.notes },
      select: { id: true },
    });
    await recordAudit(db, ctx, { action: "klankbord.meeting.create", entity: "KlankbordMeeting", entityId: row.id });
    return row;
  });
}

// ── Input ──────────────────────────────────────────────────────────────────────────────────────

export async function listKlankbordInputs(ctx: TenantContext, filter: { status?: KlankbordInputStatus } = {}): Promise<TKlankbordInput[]> {
  if (!can(ctx.role, "dashboard:read")) throw forbidden();
  const rows = await ctx.run((db) =>
    db.klankbordInput.findMany({
      where: filter.status ? { status: filter.status } : {},
      orderBy: [{ status: "asc" }, { createdAt: "desc" }],
      include: { meeting: { select: { topic: true, date: true } } },
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meetingId,
    meetingTopic: r.meeting?.topic ?? null,
    meetingDate: r.meeting ? day(r.meeting.date) : null,
    text: r.text,
    theme: r.theme,
    status: r.status,
    followUp: r.followUp,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** Record input; the meeting (optional) must be one of this gemeente's meetings. */
export async function createKlankbordInput(ctx: TenantContext, input: unknown): Promise<{ id: string }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZKlankbordInputInput, input);
  return ctx.run(async (db) => {
    if (data.meetingId !== null) {
      const meeting = await db.klankbordMeeting.findFirst({ where: { id: data.meetingId }, select: { id: true } });
      if (!meeting) throw new AppError("VALIDATION", undefined, { fieldErrors: { meetingId: ["Kies een bijeenkomst uit de lijst."] } });
    }
    const row = await db.klankbordInput.create({
      data: { gemeenteId: ctx.gemeente.id, meetingId: data.meetingId, text: data.text, theme: data.theme },
      select: { id: true },
    });
    await recordAudit(db, ctx, { action: "klankbord.input.create", entity: "KlankbordInput", entityId: row.id });
    return row;
  });
}

/** Mark input as verwerkt (with what the coalition did) or open again. */
export async function setKlankbordInputStatus(
  ctx: TenantContext,
  id: string,
  input: unknown,
): Promise<{ id: string; status: KlankbordInputStatus }> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZKlankbordInputStatus, input);
  if (!validId(id)) throw notFound();
  return ctx.run(async (db) => {
    const { count } = await db.klankbordInput.updateMany({ where: { id }, data: { status: data.status, followUp: data.followUp } });
    if (count === 0) throw notFound();
    await recordAudit(db, ctx, {
      action: "klankbord.input.status",
      entity: "KlankbordInput",
      entityId: id,
      details: { status: data.status },
    });
    return { id, status: data.status };
  });
}
