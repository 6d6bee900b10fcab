-- National figures precomputed (issue 20, docs/decisions/0020): /landelijk reads a summary table
-- that the job `national.refresh-figures` refills from national_aggregates() (the one definition of
-- the figures, with the under-five suppression in SQL), instead of running that function — a loop
-- over every gemeente — on every request. The table holds only what the function returns: counts
-- per gemeente that are already suppressed, never rows or names of people.

CREATE TABLE "NationalFigure" (
  slug                 TEXT PRIMARY KEY,
  name                 TEXT NOT NULL,
  joined_since         DATE NOT NULL,
  inhabitants          INTEGER NOT NULL,
  partners             INTEGER,
  voorbereiden         INTEGER,
  verbinden            INTEGER,
  verleiden            INTEGER,
  vasthouden           INTEGER,
  versterken           INTEGER,
  signals_per_10000    DOUBLE PRECISION,
  median_pickup_hours  DOUBLE PRECISION,
  -- The suppression holds in the table itself, whatever fills it.
  CONSTRAINT "NationalFigure_suppressed" CHECK (
    coalesce(partners, 5) >= 5 AND coalesce(voorbereiden, 5) >= 5 AND coalesce(verbinden, 5) >= 5 AND
    coalesce(verleiden, 5) >= 5 AND coalesce(vasthouden, 5) >= 5 AND coalesce(versterken, 5) >= 5
  )
);

-- One row: when the figures were last computed, and how long that took.
CREATE TABLE "NationalFigureRefresh" (
  id            INTEGER PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  "refreshedAt" TIMESTAMPTZ NOT NULL,
  "durationMs"  INTEGER NOT NULL,
  gemeenten     INTEGER NOT NULL
);

-- Refill in one transaction: readers see the old figures until the new ones are committed. Two
-- refreshes at once take turns (advisory lock). The app role may run it and read the result; it
-- cannot write the tables itself.
CREATE OR REPLACE FUNCTION refresh_national_figures() RETURNS TIMESTAMPTZ
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  started timestamptz := clock_timestamp();
  n integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('refresh_national_figures'));
  DELETE FROM "NationalFigure";
  INSERT INTO "NationalFigure" (slug, name, joined_since, inhabitants, partners, voorbereiden, verbinden, verleiden, vasthouden, versterken, signals_per_10000, median_pickup_hours)
    SELECT a.slug, a.name, a.joined_since, a.inhabitants, a.partners, a.voorbereiden, a.verbinden, a.verleiden, a.vasthouden, a.versterken, a.signals_per_10000, a.median_pickup_hours
      FROM national_aggregates() a;
  GET DIAGNOSTICS n = ROW_COUNT;
  INSERT INTO "NationalFigureRefresh" (id, "refreshedAt", "durationMs", gemeenten)
    VALUES (1, started, (extract(epoch FROM clock_timestamp() - started) * 1000)::int, n)
    ON CONFLICT (id) DO UPDATE SET "refreshedAt" = EXCLUDED."refreshedAt", "durationMs" = EXCLUDED."durationMs", gemeenten = EXCLUDED.gemeenten;
  RETURN started;
END
$fn$;
REVOKE ALL ON FUNCTION refresh_national_figures() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION refresh_national_figures() TO samenkracht_app;

REVOKE ALL ON "NationalFigure", "NationalFigureRefresh" FROM samenkracht_app;
GRANT SELECT ON "NationalFigure", "NationalFigureRefresh" TO samenkracht_app;
