-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('NETWERKBIJEENKOMST', 'INSPIRATIESESSIE', 'WERKSESSIE', 'COLLEGA_OEFENING', 'TRAINING_SIGNALEREN');

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "kind" "EventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER,
    "public" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_gemeenteId_startsAt_idx" ON "Event"("gemeenteId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_userId_key" ON "EventRegistration"("eventId", "userId");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security: tenant isolation
ALTER TABLE "Event" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Event" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Event"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "EventRegistration" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "EventRegistration" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "EventRegistration"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

-- National aggregates (docs/decisions/0008-national-aggregates.md): the ONE path across tenants.
-- SECURITY DEFINER, owned by the migration owner. It visits each gemeente under its own tenant
-- setting (so it also works where the owner is subject to forced RLS), returns counts only, and
-- suppresses every count under five as NULL. No row-level data, no names of people.
CREATE FUNCTION national_aggregates()
RETURNS TABLE (
  slug text, name text, joined_since date, inhabitants integer,
  partners integer, voorbereiden integer, verbinden integer, verleiden integer, vasthouden integer, versterken integer
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  g record;
  previous text := current_setting('app.gemeente_id', true);
  c record;
BEGIN
  FOR g IN SELECT "Gemeente".id, "Gemeente".slug, "Gemeente".name, "Gemeente"."createdAt", "Gemeente".inhabitants FROM "Gemeente" ORDER BY "Gemeente".name LOOP
    PERFORM set_config('app.gemeente_id', g.id, true);
    SELECT
      (SELECT count(*) FROM "CoalitionPartner" p WHERE p."gemeenteId" = g.id) AS partners,
      count(*) FILTER (WHERE v.step = 'VOORBEREIDEN') AS s1,
      count(*) FILTER (WHERE v.step = 'VERBINDEN') AS s2,
      count(*) FILTER (WHERE v.step = 'VERLEIDEN') AS s3,
      count(*) FILTER (WHERE v.step = 'VASTHOUDEN') AS s4,
      count(*) FILTER (WHERE v.step = 'VERSTERKEN') AS s5
    INTO c
    FROM "Vestiging" v WHERE v."gemeenteId" = g.id AND v."stoppedAt" IS NULL;
    slug := g.slug; name := g.name; joined_since := g."createdAt"::date; inhabitants := g.inhabitants;
    partners := CASE WHEN c.partners >= 5 THEN c.partners::int END;
    voorbereiden := CASE WHEN c.s1 >= 5 THEN c.s1::int END;
    verbinden := CASE WHEN c.s2 >= 5 THEN c.s2::int END;
    verleiden := CASE WHEN c.s3 >= 5 THEN c.s3::int END;
    vasthouden := CASE WHEN c.s4 >= 5 THEN c.s4::int END;
    versterken := CASE WHEN c.s5 >= 5 THEN c.s5::int END;
    RETURN NEXT;
  END LOOP;
  PERFORM set_config('app.gemeente_id', coalesce(previous, ''), true);
END
$fn$;
REVOKE ALL ON FUNCTION national_aggregates() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION national_aggregates() TO samenkracht_app;
