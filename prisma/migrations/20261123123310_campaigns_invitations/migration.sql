-- CreateEnum
CREATE TYPE "CampaignKind" AS ENUM ('CAMPAGNE', 'KLEINE_ACTIE');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('GEPLAND', 'BEZIG', 'AFGEROND');

-- CreateEnum
CREATE TYPE "InvitationRecipientKind" AS ENUM ('LID', 'ONDERNEMER');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "cancelledAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "CampaignKind" NOT NULL,
    "targetGroups" TEXT[],
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "CampaignStatus" NOT NULL DEFAULT 'GEPLAND',
    "owner" TEXT NOT NULL DEFAULT '',
    "fixedKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventInvitation" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "recipientKind" "InvitationRecipientKind" NOT NULL,
    "userId" TEXT,
    "vestigingId" TEXT,
    "invitedById" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Campaign_gemeenteId_year_startDate_idx" ON "Campaign"("gemeenteId", "year", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_gemeenteId_year_fixedKey_key" ON "Campaign"("gemeenteId", "year", "fixedKey");

-- CreateIndex
CREATE INDEX "EventInvitation_gemeenteId_eventId_idx" ON "EventInvitation"("gemeenteId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "EventInvitation_eventId_email_key" ON "EventInvitation"("eventId", "email");


-- Foreign keys without Prisma relations (see prisma/schema/campaigns.prisma).
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventInvitation" ADD CONSTRAINT "EventInvitation_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventInvitation" ADD CONSTRAINT "EventInvitation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: campaigns and invitations belong to one gemeente.
ALTER TABLE "Campaign" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Campaign" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Campaign"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
GRANT SELECT, INSERT, UPDATE, DELETE ON "Campaign" TO samenkracht_app;

ALTER TABLE "EventInvitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EventInvitation" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EventInvitation"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
GRANT SELECT, INSERT, UPDATE, DELETE ON "EventInvitation" TO samenkracht_app;
