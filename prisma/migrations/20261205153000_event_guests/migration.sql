-- Events for people without an account (issue 16 items 5 and 8, issue 17 item 4).
--
-- 1. EventGuest: a registration by name and e-mail address, made through a personal invitation link
--    (source UITNODIGING) or on the public agenda (source PUBLIEK). It counts toward the event's
--    capacity together with EventRegistration; src/modules/events/server/guests.ts counts both under a
--    row lock on the event, so concurrent registrations never overbook. One per event and address.
CREATE TYPE "EventGuestSource" AS ENUM ('UITNODIGING', 'PUBLIEK');

CREATE TABLE "EventGuest" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "source" "EventGuestSource" NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventGuest_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "EventGuest_email_lower_check" CHECK ("email" = lower("email")),
    CONSTRAINT "EventGuest_name_visible_check" CHECK ("name" ~ '[^[:space:]]')
);
CREATE UNIQUE INDEX "EventGuest_eventId_email_key" ON "EventGuest"("eventId", "email");
CREATE INDEX "EventGuest_gemeenteId_eventId_idx" ON "EventGuest"("gemeenteId", "eventId");
ALTER TABLE "EventGuest" ADD CONSTRAINT "EventGuest_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventGuest" ADD CONSTRAINT "EventGuest_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventGuest" ADD CONSTRAINT "EventGuest_gemeente_event_fkey"
  FOREIGN KEY ("gemeenteId", "eventId") REFERENCES "Event"("gemeenteId", "id") ON DELETE CASCADE;

ALTER TABLE "EventGuest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EventGuest" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EventGuest"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
GRANT SELECT, INSERT, UPDATE, DELETE ON "EventGuest" TO samenkracht_app;

-- 2. Closing a meeting: attendance beyond the registrations (people who came without registering),
--    the organisations present and a short report. closedAt marks the meeting as reported.
ALTER TABLE "Event" ADD COLUMN "closedAt" TIMESTAMP(3);
ALTER TABLE "Event" ADD COLUMN "walkIns" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Event" ADD COLUMN "organisationsPresent" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "Event" ADD COLUMN "report" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Event" ADD CONSTRAINT "Event_walkIns_check" CHECK ("walkIns" >= 0 AND "walkIns" <= 10000);

-- 3. Public event registration throttling: fixed-window buckets per client address (keyed hash).
--    Counted atomically with INSERT … ON CONFLICT. Global table, like SignUpRateLimit.
CREATE TABLE "EventRateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "EventRateLimit_pkey" PRIMARY KEY ("key")
);
