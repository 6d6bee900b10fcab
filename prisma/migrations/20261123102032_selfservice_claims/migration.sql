-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ClaimConfirmation" AS ENUM ('EMAIL_DOMAIN', 'GEMEENTE');

-- CreateTable
CREATE TABLE "OrganisationClaim" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "vestigingId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "ClaimStatus" NOT NULL DEFAULT 'PENDING',
    "confirmation" "ClaimConfirmation",
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisationClaim_gemeenteId_status_idx" ON "OrganisationClaim"("gemeenteId", "status");

-- CreateIndex
CREATE INDEX "OrganisationClaim_userId_idx" ON "OrganisationClaim"("userId");

-- AddForeignKey
ALTER TABLE "OrganisationClaim" ADD CONSTRAINT "OrganisationClaim_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationClaim" ADD CONSTRAINT "OrganisationClaim_vestigingId_fkey" FOREIGN KEY ("vestigingId") REFERENCES "Vestiging"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security (tenant isolation); a person may also read their own claims across gemeenten.
ALTER TABLE "OrganisationClaim" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrganisationClaim" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrganisationClaim"
  USING ("gemeenteId" = app_current_gemeente() OR "userId" = app_current_user())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
