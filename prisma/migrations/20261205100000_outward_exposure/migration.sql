-- Issue 13 part A: one definition of outward exposure. Rows that come from an entrepreneur (an
-- activity they propose for the aanbod, an event they host) point at their Vestiging, so stopping,
-- parking or an open twijfel takes them off every public surface at once (the exposure predicate in
-- src/modules/engagement/server/exposure.ts). Staff entries keep "vestigingId" NULL.
-- Composite keys (decision 0003): the vestiging must be of the row's own gemeente. Deleting the
-- vestiging deletes what it offered: nothing of a relation that is gone stays public.

ALTER TABLE "SupportOffer" ADD COLUMN "vestigingId" TEXT;
ALTER TABLE "Event" ADD COLUMN "vestigingId" TEXT;

ALTER TABLE "SupportOffer" ADD CONSTRAINT "SupportOffer_vestigingId_fkey"
  FOREIGN KEY ("vestigingId") REFERENCES "Vestiging"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SupportOffer" ADD CONSTRAINT "SupportOffer_gemeente_vestiging_fkey"
  FOREIGN KEY ("gemeenteId", "vestigingId") REFERENCES "Vestiging"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_vestigingId_fkey"
  FOREIGN KEY ("vestigingId") REFERENCES "Vestiging"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_gemeente_vestiging_fkey"
  FOREIGN KEY ("gemeenteId", "vestigingId") REFERENCES "Vestiging"("gemeenteId", "id") ON DELETE CASCADE;

CREATE INDEX "SupportOffer_gemeenteId_vestigingId_idx" ON "SupportOffer"("gemeenteId", "vestigingId");
CREATE INDEX "Event_gemeenteId_vestigingId_idx" ON "Event"("gemeenteId", "vestigingId");
