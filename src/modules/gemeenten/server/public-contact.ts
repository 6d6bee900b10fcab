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
import { readSettings, writeSettings } from "./settings";

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

export async function getPublicContact(ctx: TenantContext): Promise<TPublicContact> {
  const s = await readSettings(platformDb(), ctx.gemeente.id);
  return { email: str(s.publicContactEmail), phone: str(s.publicContactPhone) };
}

export async function setPublicContact(ctx: TenantContext, input: unknown): Promise<TPublicContact> {
  if (!can(ctx.role, "coalition:manage")) throw forbidden();
  const data = parseInput(ZPublicContact, input);
  await writeSettings(platformDb(), ctx.gemeente.id, {
    publicContactEmail: data.email || undefined,
    publicContactPhone: data.phone || undefined,
  });
  await ctx.run((tx) => recordAudit(tx, ctx, { action: "gemeente.public-contact", entity: "Gemeente", entityId: ctx.gemeente.id }));
  return { email: data.email || null, phone: data.phone || null };
}
