-- Issue 19: a gemeente's own OpenID Connect provider for staff sign-in (docs/decisions/0016).
CREATE TABLE "IdentityProvider" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "clientSecretEnc" TEXT NOT NULL,
    "domains" TEXT[] NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "IdentityProvider_pkey" PRIMARY KEY ("id"),
    -- One provider per gemeente, at least one domain, every domain written lower case.
    CONSTRAINT "IdentityProvider_domains_check" CHECK (cardinality("domains") >= 1 AND "domains"::text = lower("domains"::text))
);
CREATE UNIQUE INDEX "IdentityProvider_gemeenteId_key" ON "IdentityProvider"("gemeenteId");
ALTER TABLE "IdentityProvider" ADD CONSTRAINT "IdentityProvider_gemeenteId_fkey"
  FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written only inside the gemeente's tenant scope (the platform admin through requireTenant) ...
ALTER TABLE "IdentityProvider" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "IdentityProvider" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "IdentityProvider"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
-- ... but read by the login page and next-auth before any gemeente is known: which gemeenten offer
-- their own sign-in (issuer, client id, domains; the secret is ciphertext under a key the database
-- never holds). Only outside every scope: inside gemeente A's tenant scope (or a user's scope) B's
-- row stays invisible, as every tenant row does (evidence-tenant-matrix.test.ts).
CREATE POLICY login_lookup ON "IdentityProvider" FOR SELECT
  USING (app_current_gemeente() IS NULL AND app_current_user() IS NULL);

-- The platform admin reads the platform's own audit events (gemeenteId NULL: platform actions,
-- never a resident's data). Tenant rows stay behind tenant_isolation.
CREATE POLICY platform_events_read ON "AuditEvent" FOR SELECT USING ("gemeenteId" IS NULL);
