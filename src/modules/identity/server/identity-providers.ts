/**
 * A gemeente's own OpenID Connect provider for staff sign-in (docs/decisions/0016-identity-provider.md).
 * Framework-free: the admin actions, next-auth's options and the tests call these.
 *
 * - Configured by the platform admin (permission gemeente:manage) inside the gemeente's tenant scope;
 *   the client secret is encrypted with the key ring, bound to the gemeente's row.
 * - Read before any gemeente is known (the login page, next-auth's provider list) through
 *   unsafeLoginProviders, the one reader outside a tenant scope (RLS policy login_lookup: SELECT only).
 * - matchOidcSignIn decides whether a sign-in through a provider may proceed: only the provider's
 *   verified e-mail counts, it must be in the provider's domains, and it must be an existing, enabled
 *   account with a membership in that gemeente. Roles stay in Samenkracht.
 */
import { can } from "@/lib/auth/permissions";
import type { TenantContext } from "@/lib/auth/context";
import { decryptField, encryptField } from "@/lib/crypto/fields";
import { unsafeRawPrisma } from "@/lib/db/client";
import { platformDb, withUser, type Db } from "@/lib/db/tenant";
import { AppError, forbidden, parseInput } from "@/lib/result";
import { ZIdentityProviderInput, type TIdentityProviderView } from "../schemas";
import { recordAudit, recordPlatformAudit } from "@/lib/audit/record";

const SECRET_FIELD = "identityProvider.clientSecret";
const binding = (gemeenteId: string) => ({ gemeenteId, rowId: `identity-provider:${gemeenteId}`, field: SECRET_FIELD });

/** next-auth provider id for a gemeente: `oidc-<slug>`. */
const providerIdFor = (slug: string) => `oidc-${slug}`;

export async function getIdentityProvider(ctx: TenantContext): Promise<TIdentityProviderView | null> {
  if (!can(ctx.role, "gemeente:manage")) throw forbidden();
  const row = await ctx.run((db) =>
    db.identityProvider.findFirst({ select: { issuer: true, clientId: true, domains: true, updatedAt: true } }),
  );
  return row ? { issuer: row.issuer, clientId: row.clientId, domains: row.domains, updatedAt: row.updatedAt.toISOString() } : null;
}

/** Create or change the gemeente's provider. A domain another gemeente already covers is refused. */
export async function saveIdentityProvider(ctx: TenantContext, input: unknown): Promise<TIdentityProviderView> {
  if (!can(ctx.role, "gemeente:manage")) throw forbidden();
  const data = parseInput(ZIdentityProviderInput, input);
  const others = await unsafeLoginProviders();
  const taken = data.domains.filter((d) => others.some((p) => p.gemeenteId !== ctx.gemeente.id && p.domains.includes(d)));
  if (taken.length > 0) {
    throw new AppError("VALIDATION", undefined, {
      fieldErrors: { domains: [`Dit domein hoort al bij een andere gemeente: ${taken.join(", ")}.`] },
    });
  }
  const row = await ctx.run(async (db) => {
    const existing = await db.identityProvider.findFirst({ select: { id: true } });
    if (!existing && !data.clientSecret) {
      throw new AppError("VALIDATION", undefined, { fieldErrors: { clientSecret: ["Vul het geheim (client secret) in."] } });
    }
    const secret = data.clientSecret ? { clientSecretEnc: encryptField(data.clientSecret, binding(ctx.gemeente.id)) } : {};
    const saved = existing
      ? await db.identityProvider.update({
          where: { id: existing.id },
          data: { issuer: data.issuer, clientId: data.clientId, domains: data.domains, ...secret },
        })
      : await db.identityProvider.create({
          data: {
            gemeenteId: ctx.gemeente.id,
            issuer: data.issuer,
            clientId: data.clientId,
            domains: data.domains,
            clientSecretEnc: secret.clientSecretEnc!,
          },
        });
    await recordAudit(
      db,
      { gemeenteId: ctx.gemeente.id, actorId: ctx.userId },
      {
        action: existing ? "identity-provider.update" : "identity-provider.create",
        entity: "IdentityProvider",
        entityId: saved.id,
        details: { issuer: data.issuer, domains: data.domains, secretChanged: !!data.clientSecret },
      },
    );
    await platformEvent(db, ctx, existing ? "identity-provider.update" : "identity-provider.create", saved.id);
    return saved;
  });
  return { issuer: row.issuer, clientId: row.clientId, domains: row.domains, updatedAt: row.updatedAt.toISOString() };
}

export async function removeIdentityProvider(ctx: TenantContext): Promise<void> {
  if (!can(ctx.role, "gemeente:manage")) throw forbidden();
  await ctx.run(async (db) => {
    const existing = await db.identityProvider.findFirst({ select: { id: true } });
    if (!existing) return;
    await db.identityProvider.delete({ where: { id: existing.id } });
    await recordAudit(
      db,
      { gemeenteId: ctx.gemeente.id, actorId: ctx.userId },
      { action: "identity-provider.delete", entity: "IdentityProvider", entityId: existing.id },
    );
    await platformEvent(db, ctx, "identity-provider.delete", existing.id);
  });
}

/** The same change in the platform's own log (gemeenteId NULL, read on /beheer/logboek), in the same transaction. */
async function platformEvent(db: Db, ctx: TenantContext, action: string, entityId: string): Promise<void> {
  await recordPlatformAudit(db, {
    actorId: ctx.userId,
    action,
    entity: "IdentityProvider",
    entityId,
    details: { gemeente: ctx.gemeente.name },
  });
}

export type LoginProvider = {
  id: string;
  gemeenteId: string;
  gemeenteSlug: string;
  gemeenteName: string;
  issuer: string;
  clientId: string;
  domains: string[];
  clientSecret(): string;
};

/**
 * Every configured provider, for the login page and next-auth: read outside any tenant (no one is
 * signed in yet). The secret is decrypted only when next-auth asks for it.
 */
export async function unsafeLoginProviders(): Promise<LoginProvider[]> {
  const rows = await unsafeRawPrisma().identityProvider.findMany({
    select: {
      gemeenteId: true,
      issuer: true,
      clientId: true,
      domains: true,
      clientSecretEnc: true,
      gemeente: { select: { slug: true, name: true } },
    },
    orderBy: { gemeente: { name: "asc" } },
  });
  return rows.map((r) => ({
    id: providerIdFor(r.gemeente.slug),
    gemeenteId: r.gemeenteId,
    gemeenteSlug: r.gemeente.slug,
    gemeenteName: r.gemeente.name,
    issuer: r.issuer,
    clientId: r.clientId,
    domains: r.domains,
    clientSecret: () => decryptField(r.clientSecretEnc, binding(r.gemeenteId)),
  }));
}

export const OIDC_REFUSALS = ["OIDC_EMAIL_UNVERIFIED", "OIDC_DOMAIN", "OIDC_UNKNOWN", "OIDC_DISABLED"] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

/**
 * May this provider's claims sign in here? Returns our user id, or the reason for refusal.
 * Trusted from the provider: that the person authenticated, and their e-mail when email_verified is
 * true. Everything else (account, enabled, roles, gemeente) is Samenkracht's own data.
 */
export async function matchOidcSignIn(
  provider: Pick<LoginProvider, "gemeenteId" | "domains">,
  claims: { email?: unknown; email_verified?: unknown },
): Promise<{ ok: true; userId: string } | { ok: false; code: OidcRefusal }> {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  if (!email || claims.email_verified !== true) return { ok: false, code: "OIDC_EMAIL_UNVERIFIED" };
  const domain = email.slice(email.lastIndexOf("@") + 1);
  if (!provider.domains.includes(domain)) return { ok: false, code: "OIDC_DOMAIN" };
  const user = await platformDb().user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, disabledAt: true },
  });
  if (!user) return { ok: false, code: "OIDC_UNKNOWN" };
  // Staff of this gemeente only: an ondernemer keeps the e-mail link (and the membership decides, not the provider).
  if (!(await hasStaffMembership(user.id, provider.gemeenteId))) return { ok: false, code: "OIDC_UNKNOWN" };
  if (user.disabledAt) return { ok: false, code: "OIDC_DISABLED" };
  return { ok: true, userId: user.id };
}

/** Memberships are visible to the app role only in a tenant or user scope: read them as the user. */
async function hasStaffMembership(userId: string, gemeenteId: string): Promise<boolean> {
  const rows = await withUser(userId, (db) => db.membership.findMany({ select: { gemeenteId: true, role: true } }));
  return rows.some((m) => m.gemeenteId === gemeenteId && m.role !== "ONDERNEMER");
}
