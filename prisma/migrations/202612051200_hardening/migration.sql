-- Hardening from hostile testing (issue 14).

-- 1. Sign-out ends the session on the server: the session id (JWT claim "sid") of a signed-out
--    session, kept until the session would have expired anyway. Global table, no personal data.
CREATE TABLE "RevokedSession" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "RevokedSession_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "RevokedSession_expiresAt_idx" ON "RevokedSession"("expiresAt");

-- 2. The public worry form's token is single-use: the hash of every used token until it expires.
CREATE TABLE "ConsumedFormToken" (
    "hash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ConsumedFormToken_pkey" PRIMARY KEY ("hash")
);
CREATE INDEX "ConsumedFormToken_expiresAt_idx" ON "ConsumedFormToken"("expiresAt");

-- 3. TOTP: the last accepted time step, so a code is accepted once (RFC 6238 §5.2). The secret
--    itself is now stored encrypted with the key ring (src/lib/crypto); old plain values are
--    re-encrypted by the application on first use.
ALTER TABLE "User" ADD COLUMN "totpLastCounter" INTEGER;

-- 4. The audit survives. No cascade from a gemeente or a signal into the audit tables or a
--    signal's step history: deleting either fails while they exist (23503), for every role.
ALTER TABLE "SignalAuditEntry" DROP CONSTRAINT "SignalAuditEntry_gemeenteId_fkey";
ALTER TABLE "SignalAuditEntry" ADD CONSTRAINT "SignalAuditEntry_gemeenteId_fkey"
  FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SignalTransition" DROP CONSTRAINT "SignalTransition_gemeenteId_fkey";
ALTER TABLE "SignalTransition" ADD CONSTRAINT "SignalTransition_gemeenteId_fkey"
  FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SignalTransition" DROP CONSTRAINT "SignalTransition_signalId_fkey";
ALTER TABLE "SignalTransition" ADD CONSTRAINT "SignalTransition_signalId_fkey"
  FOREIGN KEY ("signalId") REFERENCES "Signal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "SignalTransition" DROP CONSTRAINT "SignalTransition_gemeente_signal_fkey";
ALTER TABLE "SignalTransition" ADD CONSTRAINT "SignalTransition_gemeente_signal_fkey"
  FOREIGN KEY ("gemeenteId", "signalId") REFERENCES "Signal"("gemeenteId", "id") ON DELETE RESTRICT;

-- The application role never deletes a gemeente (a gemeente leaves through the owner command
-- scripts/gemeente-leave.ts, which exports first) and never rewrites the audit or the step history.
REVOKE DELETE, TRUNCATE ON "Gemeente" FROM samenkracht_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditEvent" FROM samenkracht_app;
REVOKE UPDATE, DELETE, TRUNCATE ON "SignalAuditEntry" FROM samenkracht_app;
-- SignalTransition: insert-only like the audit, except that its encrypted reason may be cleared
-- (erasure) or re-encrypted (key rotation): a column privilege on "reasonEnc" alone.
REVOKE UPDATE, DELETE, TRUNCATE ON "SignalTransition" FROM samenkracht_app;
GRANT UPDATE ("reasonEnc") ON "SignalTransition" TO samenkracht_app;
