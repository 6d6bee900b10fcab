/**
 * Store, remove and read a gemeente's logo (GemeenteLogo; rules in ../logo.ts). The regisseur and the
 * platform admin (theme:manage) change it inside the gemeente's tenant scope, audited; anyone reads
 * it (a logo is public), outside every scope.
 */
import { createHash } from "node:crypto";
import type { TenantContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { unsafeRawPrisma } from "@/lib/db/client";
import { AppError, forbidden } from "@/lib/result";
import { recordAudit } from "@/lib/audit/record";
import { checkLogo } from "../logo";

export type LogoInfo = { sha256: string; width: number; height: number };

export async function setLogo(ctx: TenantContext, bytes: Uint8Array): Promise<LogoInfo> {
  if (!can(ctx.role, "theme:manage")) throw forbidden();
  const check = checkLogo(bytes);
  if (!check.ok) throw new AppError("VALIDATION", "Het logo is niet opgeslagen.", { fieldErrors: { logo: [check.error] } });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const data = { contentType: check.contentType, width: check.width, height: check.height, bytes: Buffer.from(bytes), sha256 };
  await ctx.run(async (tx) => {
    await tx.gemeenteLogo.upsert({
      where: { gemeenteId: ctx.gemeente.id },
      create: { gemeenteId: ctx.gemeente.id, ...data },
      update: data,
    });
    await recordAudit(tx, ctx, { action: "gemeente.logo", entity: "Gemeente", entityId: ctx.gemeente.id });
  });
  return { sha256, width: check.width, height: check.height };
}

export async function removeLogo(ctx: TenantContext): Promise<void> {
  if (!can(ctx.role, "theme:manage")) throw forbidden();
  await ctx.run(async (tx) => {
    const { count } = await tx.gemeenteLogo.deleteMany({ where: { gemeenteId: ctx.gemeente.id } });
    if (count > 0) {
      await recordAudit(tx, ctx, { action: "gemeente.logo-removed", entity: "Gemeente", entityId: ctx.gemeente.id });
    }
  });
}

const validSlug = (slug: unknown): slug is string => typeof slug === "string" && slug.length > 0 && slug.length <= 100;

/*
 * Read outside every tenant scope (public pages, the logo route): the raw client, where the row-level
 * policy public_read lets the app role see logos only while no gemeente or user scope is set.
 */

/** Which logo a gemeente shows (no bytes): for the <img> in the headers; null without a logo. */
export async function logoInfoBySlug(slug: string): Promise<LogoInfo | null> {
  if (!validSlug(slug)) return null;
  return unsafeRawPrisma().gemeenteLogo.findFirst({ where: { gemeente: { slug } }, select: { sha256: true, width: true, height: true } });
}

/** The logo's bytes for /thema/[gemeente]/logo; null without a logo. */
export async function logoBySlug(slug: string): Promise<{ contentType: string; bytes: Uint8Array; sha256: string } | null> {
  if (!validSlug(slug)) return null;
  return unsafeRawPrisma().gemeenteLogo.findFirst({
    where: { gemeente: { slug } },
    select: { contentType: true, bytes: true, sha256: true },
  });
}
