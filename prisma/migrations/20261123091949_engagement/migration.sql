-- CreateEnum
CREATE TYPE "LeadSource" AS ENUM ('WARM_CONTACT', 'COLLEGA_EZ', 'WERKGEVERSSERVICEPUNT', 'NATIONALE_COALITIE', 'VERWIJZING', 'ZELF_BINNENGELOPEN');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('SOCIALE_ONDERNEMING', 'MVO_BEDRIJF', 'COMMERCIEEL');

-- CreateEnum
CREATE TYPE "AcknowledgementChannel" AS ENUM ('ZELFSERVICE', 'GESPREK', 'TELEFOON', 'MAIL', 'BRIEF');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('BEZOEK', 'TELEFOON', 'MAIL', 'BIJEENKOMST');

-- CreateEnum
CREATE TYPE "ContributionType" AS ENUM ('SIGNALEREN', 'INFORMATIE_VERSPREIDEN', 'COMMUNITY', 'ACTIVITEIT_ORGANISEREN', 'EXTRA_GASTVRIJ', 'MEDEWERKERS_BESCHIKBAAR', 'RUIMTE_MATERIAAL_EXPERTISE');

-- CreateEnum
CREATE TYPE "Motive" AS ENUM ('PERSOONLIJK', 'MAATSCHAPPELIJK', 'ORGANISATORISCH', 'COMMERCIEEL');

-- CreateEnum
CREATE TYPE "FiveM" AS ENUM ('MENSEN', 'MIDDELEN', 'MASSA', 'MEDIA', 'MUNTEN');

-- CreateEnum
CREATE TYPE "StepChangeKind" AS ENUM ('MOVE', 'PROMOTE', 'PARK', 'REVIVE', 'STOP', 'RESTART', 'ACKNOWLEDGE');

-- CreateEnum
CREATE TYPE "DoubtStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "DoubtDecision" AS ENUM ('CONTINUE', 'STOP');

-- CreateEnum
CREATE TYPE "MailTemplateKey" AS ENUM ('COLLEGAS', 'ONDERNEMERS');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "kind" "OrganisationKind" NOT NULL DEFAULT 'COMMERCIEEL',
ADD COLUMN     "kvkNumber" TEXT,
ADD COLUMN     "website" TEXT;

-- AlterTable
ALTER TABLE "Vestiging" ADD COLUMN     "accountHolderId" TEXT,
ADD COLUMN     "acknowledgedAt" TIMESTAMP(3),
ADD COLUMN     "acknowledgedById" TEXT,
ADD COLUMN     "acknowledgementChannel" "AcknowledgementChannel",
ADD COLUMN     "activeSince" TIMESTAMP(3),
ADD COLUMN     "critGoals" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "critImago" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "critMvo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "critPriorWork" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "critSector" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "critWarmContact" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "fiveMs" "FiveM"[],
ADD COLUMN     "lastContactAt" TIMESTAMP(3),
ADD COLUMN     "leadSource" "LeadSource",
ADD COLUMN     "matrixScore" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "motives" "Motive"[],
ADD COLUMN     "parkedAt" TIMESTAMP(3),
ADD COLUMN     "parkedReason" TEXT,
ADD COLUMN     "publicDescription" TEXT,
ADD COLUMN     "stoppedAt" TIMESTAMP(3),
ADD COLUMN     "stoppedReason" TEXT;

-- CreateTable
CREATE TABLE "ContactPerson" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "vestigingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContactPerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StepChange" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "vestigingId" TEXT NOT NULL,
    "kind" "StepChangeKind" NOT NULL,
    "fromStep" "PipelineStep" NOT NULL,
    "toStep" "PipelineStep" NOT NULL,
    "reason" TEXT,
    "byUserId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StepChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactMoment" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "vestigingId" TEXT NOT NULL,
    "kind" "ContactKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byUserId" TEXT,
    "partContact" TEXT,
    "partDoelgroep" TEXT,
    "partRol" TEXT,
    "partPropositie" TEXT,
    "partActie" TEXT,
    "outcome" TEXT,
    "nextAction" TEXT,
    "nextActionDate" TIMESTAMP(3),
    "templateKey" "MailTemplateKey",
    "mailSubject" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactMoment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "vestigingId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "achievedAt" TIMESTAMP(3) NOT NULL,
    "celebrated" BOOLEAN NOT NULL DEFAULT false,
    "celebratedAt" TIMESTAMP(3),
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "vestigingId" TEXT NOT NULL,
    "type" "ContributionType" NOT NULL,
    "description" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Doubt" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "vestigingId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "raisedById" TEXT,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "DoubtStatus" NOT NULL DEFAULT 'OPEN',
    "decision" "DoubtDecision",
    "decisionNote" TEXT,
    "closedById" TEXT,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Doubt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PropositionItem" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PropositionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailTemplate" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "key" "MailTemplateKey" NOT NULL,
    "name" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactPerson_gemeenteId_vestigingId_idx" ON "ContactPerson"("gemeenteId", "vestigingId");

-- CreateIndex
CREATE INDEX "StepChange_gemeenteId_vestigingId_at_idx" ON "StepChange"("gemeenteId", "vestigingId", "at");

-- CreateIndex
CREATE INDEX "ContactMoment_gemeenteId_vestigingId_at_idx" ON "ContactMoment"("gemeenteId", "vestigingId", "at");

-- CreateIndex
CREATE INDEX "ContactMoment_gemeenteId_nextActionDate_idx" ON "ContactMoment"("gemeenteId", "nextActionDate");

-- CreateIndex
CREATE INDEX "Milestone_gemeenteId_celebrated_achievedAt_idx" ON "Milestone"("gemeenteId", "celebrated", "achievedAt");

-- CreateIndex
CREATE INDEX "Milestone_gemeenteId_vestigingId_idx" ON "Milestone"("gemeenteId", "vestigingId");

-- CreateIndex
CREATE INDEX "Contribution_gemeenteId_vestigingId_idx" ON "Contribution"("gemeenteId", "vestigingId");

-- CreateIndex
CREATE INDEX "Doubt_gemeenteId_vestigingId_status_idx" ON "Doubt"("gemeenteId", "vestigingId", "status");

-- CreateIndex
CREATE INDEX "PropositionItem_gemeenteId_position_idx" ON "PropositionItem"("gemeenteId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "MailTemplate_gemeenteId_key_key" ON "MailTemplate"("gemeenteId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_kvkNumber_key" ON "Organisation"("kvkNumber");

-- CreateIndex
CREATE INDEX "Vestiging_gemeenteId_name_idx" ON "Vestiging"("gemeenteId", "name");

-- CreateIndex
CREATE INDEX "Vestiging_gemeenteId_sector_name_idx" ON "Vestiging"("gemeenteId", "sector", "name");

-- CreateIndex
CREATE INDEX "Vestiging_gemeenteId_wijk_name_idx" ON "Vestiging"("gemeenteId", "wijk", "name");

-- CreateIndex
CREATE INDEX "Vestiging_gemeenteId_matrixScore_name_idx" ON "Vestiging"("gemeenteId", "matrixScore" DESC, "name");

-- CreateIndex
CREATE INDEX "Vestiging_gemeenteId_step_lastContactAt_idx" ON "Vestiging"("gemeenteId", "step", "lastContactAt");

-- AddForeignKey
ALTER TABLE "ContactPerson" ADD CONSTRAINT "ContactPerson_vestigingId_fkey" FOREIGN KEY ("vestigingId") REFERENCES "Vestiging"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StepChange" ADD CONSTRAINT "StepChange_vestigingId_fkey" FOREIGN KEY ("vestigingId") REFERENCES "Vestiging"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactMoment" ADD CONSTRAINT "ContactMoment_vestigingId_fkey" FOREIGN KEY ("vestigingId") REFERENCES "Vestiging"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_vestigingId_fkey" FOREIGN KEY ("vestigingId") REFERENCES "Vestiging"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_vestigingId_fkey" FOREIGN KEY ("vestigingId") REFERENCES "Vestiging"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Doubt" ADD CONSTRAINT "Doubt_vestigingId_fkey" FOREIGN KEY ("vestigingId") REFERENCES "Vestiging"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ─────────────────────────────────────────────────────────────────────────────
-- Row-level security for the engagement tables (same pattern as the init migration).
-- Grants come from the default privileges set there.
-- ─────────────────────────────────────────────────────────────────────────────
ALTER TABLE "ContactPerson" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactPerson" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ContactPerson"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "StepChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StepChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "StepChange"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "ContactMoment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ContactMoment" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ContactMoment"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "Milestone" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Milestone" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Milestone"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "Contribution" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Contribution" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Contribution"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "Doubt" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Doubt" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Doubt"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "PropositionItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PropositionItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PropositionItem"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "MailTemplate" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MailTemplate" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "MailTemplate"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
