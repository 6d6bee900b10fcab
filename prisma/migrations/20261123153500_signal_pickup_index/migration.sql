-- CreateIndex
CREATE INDEX "SignalTransition_gemeenteId_toStatus_createdAt_signalId_idx" ON "SignalTransition"("gemeenteId", "toStatus", "createdAt", "signalId");
