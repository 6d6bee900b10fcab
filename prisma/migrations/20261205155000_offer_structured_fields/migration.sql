-- Sociale kaart: structured fields per support-offer activity, after the HSDS / Open Referral model
-- (location with address, schedule, cost, accessibility). The rules live here as constraints; the
-- labels live in src/modules/offer/schemas.ts.
ALTER TABLE "SupportOffer"
  ADD COLUMN "locationName" TEXT,
  ADD COLUMN "address" TEXT,
  ADD COLUMN "scheduleDays" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "startTime" TEXT,
  ADD COLUMN "endTime" TEXT,
  ADD COLUMN "scheduleNote" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "costKind" TEXT NOT NULL DEFAULT 'ONBEKEND',
  ADD COLUMN "costCents" INTEGER,
  ADD COLUMN "accessibility" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

ALTER TABLE "SupportOffer"
  ADD CONSTRAINT "SupportOffer_scheduleDays_known" CHECK ("scheduleDays" <@ ARRAY['MA','DI','WO','DO','VR','ZA','ZO']::TEXT[]),
  ADD CONSTRAINT "SupportOffer_startTime_format" CHECK ("startTime" IS NULL OR "startTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  ADD CONSTRAINT "SupportOffer_endTime_format" CHECK ("endTime" IS NULL OR "endTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  -- An end time only with a start time, and after it.
  ADD CONSTRAINT "SupportOffer_times_order" CHECK ("endTime" IS NULL OR ("startTime" IS NOT NULL AND "endTime" > "startTime")),
  ADD CONSTRAINT "SupportOffer_costKind_known" CHECK ("costKind" IN ('GRATIS', 'BEDRAG', 'ONBEKEND')),
  -- An amount exactly when the cost is an amount, and never negative.
  ADD CONSTRAINT "SupportOffer_cost_amount" CHECK (("costKind" = 'BEDRAG') = ("costCents" IS NOT NULL) AND ("costCents" IS NULL OR "costCents" >= 0)),
  ADD CONSTRAINT "SupportOffer_accessibility_known" CHECK ("accessibility" <@ ARRAY['ROLSTOEL','TOILET_AANGEPAST','RINGLEIDING','PRIKKELARM','OV_DICHTBIJ']::TEXT[]);

CREATE INDEX "SupportOffer_scheduleDays_idx" ON "SupportOffer" USING GIN ("scheduleDays");
