-- CreateEnum
CREATE TYPE "PlatformRole" AS ENUM ('PROGRAMME_ADVISER', 'PLATFORM_ADMIN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('AMBTENAAR', 'REGISSEUR', 'LOKET', 'TEAM_WELZIJN', 'TEAM_EENZAAMHEID', 'VRIJWILLIGER', 'ONDERNEMER', 'PARTNER');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('WELZIJN', 'ZORG', 'GGD', 'WONEN', 'CULTUUR', 'SPORT', 'KERK', 'ONDERWIJS', 'VRIJWILLIGERS', 'OUDEREN', 'GEMEENTE', 'OVERIG');

-- CreateEnum
CREATE TYPE "CoalitionCircle" AS ENUM ('WERKGROEP', 'KERNTEAM', 'LOKALE_COALITIE', 'GEINFORMEERD');

-- CreateEnum
CREATE TYPE "PipelineStep" AS ENUM ('VOORBEREIDEN', 'VERBINDEN', 'VERLEIDEN', 'VASTHOUDEN', 'VERSTERKEN');

-- CreateTable
CREATE TABLE "Gemeente" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "inhabitants" INTEGER NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gemeente_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "totpSecret" TEXT,
    "totpEnabled" BOOLEAN NOT NULL DEFAULT false,
    "emailVerified" TIMESTAMP(3),
    "platformRole" "PlatformRole",
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" TEXT,
    "coalitionPartnerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "ipHash" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoalitionPartner" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "circle" "CoalitionCircle" NOT NULL DEFAULT 'LOKALE_COALITIE',
    "ambassador" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoalitionPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nationalChain" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vestiging" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "address" TEXT,
    "wijk" TEXT,
    "step" "PipelineStep" NOT NULL DEFAULT 'VOORBEREIDEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Vestiging_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Gemeente_slug_key" ON "Gemeente"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_gemeenteId_userId_key" ON "Membership"("gemeenteId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "LoginAttempt_emailHash_createdAt_idx" ON "LoginAttempt"("emailHash", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ipHash_createdAt_idx" ON "LoginAttempt"("ipHash", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_gemeenteId_idx" ON "ApiKey"("gemeenteId");

-- CreateIndex
CREATE INDEX "AuditEvent_gemeenteId_createdAt_idx" ON "AuditEvent"("gemeenteId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CoalitionPartner_gemeenteId_name_key" ON "CoalitionPartner"("gemeenteId", "name");

-- CreateIndex
CREATE INDEX "Vestiging_gemeenteId_step_idx" ON "Vestiging"("gemeenteId", "step");

-- CreateIndex
CREATE INDEX "Vestiging_organisationId_idx" ON "Vestiging"("organisationId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_coalitionPartnerId_fkey" FOREIGN KEY ("coalitionPartnerId") REFERENCES "CoalitionPartner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoalitionPartner" ADD CONSTRAINT "CoalitionPartner_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vestiging" ADD CONSTRAINT "Vestiging_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vestiging" ADD CONSTRAINT "Vestiging_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─────────────────────────────────────────────────────────────────────────────
-- Tenancy wall 2: row-level security (docs/decisions/0003-tenancy-rls.md).
-- The application connects as "samenkracht_app": it owns no table and cannot bypass RLS.
-- Every tenant table has RLS enabled and forced, keyed on the per-transaction setting
-- app.gemeente_id that src/lib/db/tenant.ts sets with set_config(..., true).
-- ─────────────────────────────────────────────────────────────────────────────
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samenkracht_app') THEN
    CREATE ROLE samenkracht_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END
$$;

CREATE FUNCTION app_current_gemeente() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.gemeente_id', true), '') $$;
CREATE FUNCTION app_current_user() RETURNS text
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.user_id', true), '') $$;

GRANT USAGE ON SCHEMA public TO samenkracht_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO samenkracht_app;
GRANT EXECUTE ON FUNCTION app_current_gemeente(), app_current_user() TO samenkracht_app;
-- Tables created by later migrations get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO samenkracht_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO samenkracht_app;
-- (conditional: a shadow database replaying migrations has no history table)
DO $$
BEGIN
  IF to_regclass('public."_prisma_migrations"') IS NOT NULL THEN
    REVOKE ALL ON TABLE "_prisma_migrations" FROM samenkracht_app;
  END IF;
END
$$;

-- The audit trail is append-only for the application.
REVOKE UPDATE, DELETE ON TABLE "AuditEvent" FROM samenkracht_app;

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
-- A user may list their own memberships (gemeente switcher, login) without a tenant set.
CREATE POLICY tenant_isolation ON "Membership"
  USING ("gemeenteId" = app_current_gemeente() OR "userId" = app_current_user())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "ApiKey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiKey" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ApiKey"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "CoalitionPartner" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoalitionPartner" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "CoalitionPartner"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "Vestiging" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Vestiging" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Vestiging"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

-- Platform-level audit events (gemeenteId NULL) are written outside a tenant.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "AuditEvent"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" IS NULL OR "gemeenteId" = app_current_gemeente());
