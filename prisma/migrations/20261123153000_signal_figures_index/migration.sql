-- DropIndex
DROP INDEX "Signal_gemeenteId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Signal_gemeenteId_createdAt_status_outcome_wijk_idx" ON "Signal"("gemeenteId", "createdAt", "status", "outcome", "wijk");

