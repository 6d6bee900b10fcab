/**
 * The coalition's public contact (Gemeente.settings.publicContactEmail / publicContactPhone): shown
 * on the public pages for organisations and entrepreneurs who want to join, only when set. Anyone
 * may read it (it is public); the regisseur (coalition:manage) sets it. Other settings keys are kept.
 */
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { platformDb } from "@/lib/db/tenant";
import { forbidden, parseInput } from "@/lib/result";
import { recordAudit } from "@/lib/audit/record";
import { ZPublicContact, type TPublicContact } from "../schemas";

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

export async function getPublicContact(ctx: TenantContext): Promise<TPublicContact> {
  const g = await platformDb().gemeente.findUnique({ where: { id: ctx.gemeente.id }, select: { settings: true } });
  const s = asObject(g?.settings);
  return { email: str(s.publicContactEmail), phone: str(s.publicContactPhone) };
}

export async function setPublicContact(ctx: TenantContext, input: unknown): Promise<TPublicContact> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZPublicContact, input);
  const db = platformDb();
  const g = await db.gemeente.findUnique({ where: { id: ctx.gemeente.id }, select: { settings: true } });
  const settings = { ...asObject(g?.settings) };
  delete settings.publicContactEmail;
  delete settings.publicContactPhone;
  if (data.email) settings.publicContactEmail = data.email;
  if (data.phone) settings.publicContactPhone = data.phone;
  await db.gemeente.update({ where: { id: ctx.gemeente.id }, data: { settings: settings as object } });
  await ctx.run((tx) => recordAudit(tx, ctx, { action: "gemeente.public-contact", entity: "Gemeente", entityId: ctx.gemeente.id }));
  return { email: data.email || null, phone: data.phone || null };
}
