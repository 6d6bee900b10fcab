-- CreateEnum
CREATE TYPE "KlankbordRiskGroup" AS ENUM ('OUDEREN_75_PLUS', 'JONGEREN_15_24', 'ROUW_VERLIES', 'BEPERKING_PSYCHIATRIE', 'MANTELZORGERS', 'DAKLOZEN');

-- CreateEnum
CREATE TYPE "KlankbordInputStatus" AS ENUM ('OPEN', 'VERWERKT');

-- AlterTable
ALTER TABLE "Vestiging" ADD COLUMN     "coalitionAmbassador" TEXT,
ADD COLUMN     "coalitionCircle" "CoalitionCircle";

-- CreateTable
CREATE TABLE "KlankbordMember" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "contact" TEXT,
    "riskGroups" "KlankbordRiskGroup"[],
    "consentAt" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KlankbordMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KlankbordMeeting" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KlankbordMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KlankbordInput" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "meetingId" TEXT,
    "text" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "status" "KlankbordInputStatus" NOT NULL DEFAULT 'OPEN',
    "followUp" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KlankbordInput_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KlankbordMember_gemeenteId_displayName_idx" ON "KlankbordMember"("gemeenteId", "displayName");

-- CreateIndex
CREATE INDEX "KlankbordMeeting_gemeenteId_date_idx" ON "KlankbordMeeting"("gemeenteId", "date");

-- CreateIndex
CREATE INDEX "KlankbordInput_gemeenteId_status_idx" ON "KlankbordInput"("gemeenteId", "status");

-- CreateIndex
CREATE INDEX "KlankbordInput_meetingId_idx" ON "KlankbordInput"("meetingId");

-- AddForeignKey
ALTER TABLE "KlankbordMember" ADD CONSTRAINT "KlankbordMember_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KlankbordMeeting" ADD CONSTRAINT "KlankbordMeeting_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KlankbordInput" ADD CONSTRAINT "KlankbordInput_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KlankbordInput" ADD CONSTRAINT "KlankbordInput_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "KlankbordMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Row-level security: every klankbord table belongs to one gemeente.
ALTER TABLE "KlankbordMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "KlankbordMember" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "KlankbordMember"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "KlankbordMeeting" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "KlankbordMeeting" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "KlankbordMeeting"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "KlankbordInput" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "KlankbordInput" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "KlankbordInput"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

GRANT SELECT, INSERT, UPDATE, DELETE ON "KlankbordMember", "KlankbordMeeting", "KlankbordInput" TO samenkracht_app;
