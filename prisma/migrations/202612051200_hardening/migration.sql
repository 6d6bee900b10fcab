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

-- 5. The wijk of a signal is one of the gemeente's own wijken (Gemeente.settings.wijken), never
--    free text from the public. A gemeente without a list gets one from the wijken its own staff
--    entered for entrepreneurs (Vestiging.wijk); the regisseur edits it on the signal settings page.
--    Existing signal wijken are mapped to a listed wijk (ignoring case and spaces), else NULL.
-- Forced row-level security applies to the owner too: each gemeente in its own tenant scope.
DO $$
DECLARE g RECORD;
BEGIN
  FOR g IN SELECT id, settings FROM "Gemeente" LOOP
    PERFORM set_config('app.gemeente_id', g.id, true);
    IF NOT (CASE WHEN jsonb_typeof(g.settings) = 'object' THEN g.settings ELSE '{}'::jsonb END ? 'wijken') THEN
      UPDATE "Gemeente" SET settings = jsonb_set(CASE WHEN jsonb_typeof(settings) = 'object' THEN settings ELSE '{}'::jsonb END, '{wijken}',
        COALESCE((SELECT jsonb_agg(d.w ORDER BY d.w) FROM (
                    SELECT DISTINCT ON (lower(btrim(v.wijk))) btrim(v.wijk) AS w FROM "Vestiging" v
                     WHERE v."gemeenteId" = g.id AND btrim(COALESCE(v.wijk, '')) <> '' AND length(btrim(v.wijk)) <= 100
                     ORDER BY lower(btrim(v.wijk)), btrim(v.wijk)) d), '[]'::jsonb))
       WHERE id = g.id;
    END IF;
    UPDATE "Signal" s
       SET wijk = (SELECT w FROM "Gemeente" gg, jsonb_array_elements_text(gg.settings->'wijken') AS w
                    WHERE gg.id = g.id AND lower(regexp_replace(btrim(w), '\s+', ' ', 'g')) = lower(regexp_replace(btrim(s.wijk), '\s+', ' ', 'g'))
                    LIMIT 1)
     WHERE s."gemeenteId" = g.id AND s.wijk IS NOT NULL;
  END LOOP;
  PERFORM set_config('app.gemeente_id', '', true);
END $$;
