-- CreateIndex
CREATE INDEX "Vestiging_gemeenteId_stoppedAt_parkedAt_step_idx" ON "Vestiging"("gemeenteId", "stoppedAt", "parkedAt", "step");

-- CreateIndex
CREATE INDEX "Signal_gemeenteId_dueAt_id_idx" ON "Signal"("gemeenteId", "dueAt", "id");

-- CreateIndex
CREATE INDEX "Signal_gemeenteId_source_idx" ON "Signal"("gemeenteId", "source");

-- CreateIndex
CREATE INDEX "Signal_gemeenteId_wijk_idx" ON "Signal"("gemeenteId", "wijk");

