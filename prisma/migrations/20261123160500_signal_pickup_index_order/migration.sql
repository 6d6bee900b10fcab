-- The pick-up index with createdAt before toStatus. Under forced row-level security PostgreSQL uses
-- only leakproof operators as index conditions; enum equality is not leakproof, so "toStatus" IN (…)
-- is a filter and, with toStatus second, the createdAt range could not narrow the scan (all of a
-- gemeente's transitions were read). Seen with auto_explain on the national data set as the app role.
DROP INDEX "SignalTransition_gemeenteId_toStatus_createdAt_signalId_idx";
CREATE INDEX "SignalTransition_gemeenteId_createdAt_toStatus_signalId_idx" ON "SignalTransition"("gemeenteId", "createdAt", "toStatus", "signalId");
