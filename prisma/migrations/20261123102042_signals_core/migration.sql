-- CreateEnum
CREATE TYPE "SignalStatus" AS ENUM ('ONTVANGEN', 'BEOORDEELD', 'EERSTE_INTAKE', 'TEAM_WELZIJN', 'TEAM_EENZAAMHEID', 'VRIJWILLIGER', 'DOORVERWEZEN', 'AFGESLOTEN', 'GEANNULEERD');

-- CreateEnum
CREATE TYPE "SignalSource" AS ENUM ('PUBLIEK_FORMULIER', 'PARTNER', 'ONDERNEMER', 'LOKET_TELEFOON');

-- CreateEnum
CREATE TYPE "SignalOutcome" AS ENUM ('DEELGENOMEN', 'AFGEWEZEN', 'GEEN_CONTACT', 'ELDERS_GEHOLPEN');

-- CreateTable
CREATE TABLE "Signal" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "status" "SignalStatus" NOT NULL DEFAULT 'ONTVANGEN',
    "source" "SignalSource" NOT NULL,
    "organisationId" TEXT,
    "coalitionPartnerId" TEXT,
    "reporterUserId" TEXT,
    "wijk" TEXT,
    "residentNameEnc" TEXT,
    "residentContactEnc" TEXT,
    "situationEnc" TEXT,
    "reporterNameEnc" TEXT,
    "reporterContactEnc" TEXT,
    "reporterEmailEnc" TEXT,
    "statusCodeHash" TEXT,
    "assigneeUserId" TEXT,
    "volunteerUserId" TEXT,
    "referralTo" TEXT,
    "supportOfferId" TEXT,
    "outcome" "SignalOutcome",
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "erasedAt" TIMESTAMP(3),
    "statusChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Signal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignalTransition" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "signalId" TEXT NOT NULL,
    "fromStatus" "SignalStatus",
    "toStatus" "SignalStatus" NOT NULL,
    "actorUserId" TEXT,
    "reasonEnc" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignalTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignalAuditEntry" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "signalId" TEXT,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignalAuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignalRateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SignalRateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Signal_statusCodeHash_key" ON "Signal"("statusCodeHash");

-- CreateIndex
CREATE INDEX "Signal_gemeenteId_status_dueAt_idx" ON "Signal"("gemeenteId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Signal_gemeenteId_createdAt_idx" ON "Signal"("gemeenteId", "createdAt");

-- CreateIndex
CREATE INDEX "SignalTransition_gemeenteId_signalId_createdAt_idx" ON "SignalTransition"("gemeenteId", "signalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SignalAuditEntry_gemeenteId_seq_key" ON "SignalAuditEntry"("gemeenteId", "seq");

-- AddForeignKey
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalTransition" ADD CONSTRAINT "SignalTransition_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalTransition" ADD CONSTRAINT "SignalTransition_signalId_fkey" FOREIGN KEY ("signalId") REFERENCES "Signal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignalAuditEntry" ADD CONSTRAINT "SignalAuditEntry_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security (tenant isolation)
ALTER TABLE "Signal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Signal" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Signal"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "SignalTransition" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SignalTransition" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SignalTransition"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "SignalAuditEntry" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SignalAuditEntry" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SignalAuditEntry"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

-- The audit log is append-only for the application role.
REVOKE UPDATE, DELETE, TRUNCATE ON "SignalAuditEntry" FROM samenkracht_app;
GRANT SELECT, INSERT ON "SignalAuditEntry" TO samenkracht_app;
