import { createHash } from "node:crypto";
import type { TenantContext } from "@/lib/auth/context";
import { decryptOptional, encryptOptional } from "@/lib/crypto/fields";
import type { Db } from "@/lib/db/tenant";
import { signalSettingsOf } from "../schemas";

export const PERSONAL_FIELDS = ["residentName", "residentContact", "situation", "reporterName", "reporterContact", "reporterEmail"] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
export const ENC_COLUMN: Record<PersonalField, `${PersonalField}Enc`> = {
  residentName: "residentNameEnc",
  residentContact: "residentContactEnc",
  situation: "situationEnc",
  reporterName: "reporterNameEnc",
  reporterContact: "reporterContactEnc",
  reporterEmail: "reporterEmailEnc",
};

export const enc = (gemeenteId: string, rowId: string, field: string, v: string | null | undefined) =>
  encryptOptional(v, { gemeenteId, rowId, field });
export const dec = (gemeenteId: string, rowId: string, field: string, v: string | null | undefined) =>
  decryptOptional(v, { gemeenteId, rowId, field });

export const hashCode = (code: string) => createHash("sha256").update(`signal-status|${code}`).digest("hex");

export function actorIdOf(ctx: TenantContext): string | null {
  return ctx.userId ?? (ctx.actor.kind === "apiKey" ? `apikey:${ctx.actor.keyId}` : null);
}

export async function settingsFor(db: Db, gemeenteId: string) {
  const g = await db.gemeente.findUnique({ where: { id: gemeenteId }, select: { settings: true } });
  return signalSettingsOf(g?.settings);
}

/** Columns that are safe to show in lists and to reporters (no personal data). */
export const META_SELECT = {
  id: true,
  status: true,
  source: true,
  wijk: true,
  organisationId: true,
  coalitionPartnerId: true,
  assigneeUserId: true,
  volunteerUserId: true,
  referralTo: true,
  outcome: true,
  restricted: true,
  erasedAt: true,
  statusChangedAt: true,
  dueAt: true,
  closedAt: true,
  createdAt: true,
} as const;
