-- Tenant walls in the foreign keys themselves (decision 0003, third wall). A row that points at a
-- row of another table must point at one of its OWN gemeente: every foreign key between two tenant
-- tables gets a composite twin on ("gemeenteId", <ref>) → parent ("gemeenteId", id). Foreign-key
-- checks do not see row-level security, so without this a bug in domain code could link gemeente A's
-- contact moment to gemeente B's vestiging; now PostgreSQL refuses it (23503).
-- The single-column keys Prisma knows stay as they are (relations in the client are unchanged); the
-- composite keys live only here. tests/integration/evidence-tenant-foreign-keys.test.ts checks the catalog:
-- a new relation between tenant tables without its composite twin fails the run.

-- Parents: ("gemeenteId", id) is unique (id already is), so it can be referenced.
CREATE UNIQUE INDEX "Vestiging_gemeenteId_id_key" ON "Vestiging"("gemeenteId", "id");
CREATE UNIQUE INDEX "Event_gemeenteId_id_key" ON "Event"("gemeenteId", "id");
CREATE UNIQUE INDEX "KlankbordMeeting_gemeenteId_id_key" ON "KlankbordMeeting"("gemeenteId", "id");
CREATE UNIQUE INDEX "CoalitionPartner_gemeenteId_id_key" ON "CoalitionPartner"("gemeenteId", "id");
CREATE UNIQUE INDEX "Signal_gemeenteId_id_key" ON "Signal"("gemeenteId", "id");

-- Children: same gemeente as the parent. Deleting the parent behaves as before (cascade, or the
-- reference alone set to NULL; "gemeenteId" is never cleared).
ALTER TABLE "ContactMoment" ADD CONSTRAINT "ContactMoment_gemeente_vestiging_fkey"
  FOREIGN KEY ("gemeenteId", "vestigingId") REFERENCES "Vestiging"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "ContactPerson" ADD CONSTRAINT "ContactPerson_gemeente_vestiging_fkey"
  FOREIGN KEY ("gemeenteId", "vestigingId") REFERENCES "Vestiging"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_gemeente_vestiging_fkey"
  FOREIGN KEY ("gemeenteId", "vestigingId") REFERENCES "Vestiging"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "Doubt" ADD CONSTRAINT "Doubt_gemeente_vestiging_fkey"
  FOREIGN KEY ("gemeenteId", "vestigingId") REFERENCES "Vestiging"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_gemeente_vestiging_fkey"
  FOREIGN KEY ("gemeenteId", "vestigingId") REFERENCES "Vestiging"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "OrganisationClaim" ADD CONSTRAINT "OrganisationClaim_gemeente_vestiging_fkey"
  FOREIGN KEY ("gemeenteId", "vestigingId") REFERENCES "Vestiging"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "StepChange" ADD CONSTRAINT "StepChange_gemeente_vestiging_fkey"
  FOREIGN KEY ("gemeenteId", "vestigingId") REFERENCES "Vestiging"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "EventInvitation" ADD CONSTRAINT "EventInvitation_gemeente_event_fkey"
  FOREIGN KEY ("gemeenteId", "eventId") REFERENCES "Event"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_gemeente_event_fkey"
  FOREIGN KEY ("gemeenteId", "eventId") REFERENCES "Event"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "SignalTransition" ADD CONSTRAINT "SignalTransition_gemeente_signal_fkey"
  FOREIGN KEY ("gemeenteId", "signalId") REFERENCES "Signal"("gemeenteId", "id") ON DELETE CASCADE;
ALTER TABLE "KlankbordInput" ADD CONSTRAINT "KlankbordInput_gemeente_meeting_fkey"
  FOREIGN KEY ("gemeenteId", "meetingId") REFERENCES "KlankbordMeeting"("gemeenteId", "id") ON DELETE SET NULL ("meetingId");
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_gemeente_partner_fkey"
  FOREIGN KEY ("gemeenteId", "coalitionPartnerId") REFERENCES "CoalitionPartner"("gemeenteId", "id") ON DELETE SET NULL ("coalitionPartnerId");

-- Tenant tables without a parent that had no key to Gemeente at all.
ALTER TABLE "PropositionItem" ADD CONSTRAINT "PropositionItem_gemeenteId_fkey"
  FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE;
ALTER TABLE "MailTemplate" ADD CONSTRAINT "MailTemplate_gemeenteId_fkey"
  FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE;
