-- CreateIndex
CREATE INDEX "Vestiging_gemeenteId_step_name_idx" ON "Vestiging"("gemeenteId", "step", "name");

