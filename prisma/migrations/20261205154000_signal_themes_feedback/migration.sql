-- Issue 16 (items 6 and 9): signals by theme, and the reporter's voice.

-- A signal's hulpvraag (a key from the gemeente's own list, settings.signals.categories) and the
-- resident's risk group (TARGET_GROUPS of the offer). Both describe the resident: they are in the
-- PERSONAL_DATA register (src/modules/signals/server/common.ts), so erasure and retention clear them.
ALTER TABLE "Signal" ADD COLUMN "category" TEXT;
ALTER TABLE "Signal" ADD COLUMN "riskGroup" TEXT;
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_category_check" CHECK ("category" IS NULL OR "category" ~ '^[a-z0-9-]{1,40}$');
ALTER TABLE "Signal" ADD CONSTRAINT "Signal_riskGroup_check" CHECK ("riskGroup" IS NULL OR "riskGroup" IN ('OUDEREN_75', 'JONGEREN_15_24', 'ROUW_VERLIES', 'BEPERKING_PSYCHIATRIE', 'MANTELZORGERS', 'DAK_THUISLOZEN'));
CREATE INDEX "Signal_gemeenteId_createdAt_category_idx" ON "Signal"("gemeenteId", "createdAt", "category");

-- Support offer items tagged with the hulpvragen they answer (the gap view matches them to signals).
ALTER TABLE "SupportOffer" ADD COLUMN "categories" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

-- One outstanding "did this help?" question: only the sha256 of the single-use link's token, the
-- gemeente and the month the signal was closed. No signal id: the answer can never be traced back.
CREATE TABLE "SignalFeedbackRequest" (
    "id" TEXT NOT NULL DEFAULT gen_random_uuid()::text,
    "tokenHash" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignalFeedbackRequest_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SignalFeedbackRequest_period_check" CHECK ("period" ~ '^[0-9]{4}-[0-9]{2}$')
);
CREATE UNIQUE INDEX "SignalFeedbackRequest_tokenHash_key" ON "SignalFeedbackRequest"("tokenHash");
CREATE INDEX "SignalFeedbackRequest_gemeenteId_expiresAt_idx" ON "SignalFeedbackRequest"("gemeenteId", "expiresAt");
ALTER TABLE "SignalFeedbackRequest" ADD CONSTRAINT "SignalFeedbackRequest_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The answer: gemeente + month + helped yes/no (no time stamp: nothing to line up with a mail or a signal) + an optional short remark (screened, max 500).
CREATE TABLE "SignalFeedback" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "helped" BOOLEAN NOT NULL,
    "remark" TEXT,
    CONSTRAINT "SignalFeedback_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SignalFeedback_period_check" CHECK ("period" ~ '^[0-9]{4}-[0-9]{2}$'),
    CONSTRAINT "SignalFeedback_remark_check" CHECK ("remark" IS NULL OR char_length("remark") BETWEEN 1 AND 500)
);
CREATE INDEX "SignalFeedback_gemeenteId_period_idx" ON "SignalFeedback"("gemeenteId", "period");
ALTER TABLE "SignalFeedback" ADD CONSTRAINT "SignalFeedback_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "SignalFeedbackRequest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SignalFeedbackRequest" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SignalFeedbackRequest"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
ALTER TABLE "SignalFeedback" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SignalFeedback" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SignalFeedback"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

-- A request is used once (DELETE) and never edited; an answer is never edited, only removed by retention.
GRANT SELECT, INSERT, DELETE ON "SignalFeedbackRequest" TO samenkracht_app;
GRANT SELECT, INSERT, DELETE ON "SignalFeedback" TO samenkracht_app;
