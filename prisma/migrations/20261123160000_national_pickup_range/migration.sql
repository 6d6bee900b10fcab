-- National aggregates, same answer, faster: a signal's transitions come after its receipt, so only
-- pick-up transitions since the period's start can belong to the period's signals. That is an
-- index-only range scan on "SignalTransition"("gemeenteId", "toStatus", "createdAt", "signalId")
-- (migration 20261123153500) instead of one index probe per signal. Measured on the national scale
-- data set with 2.9 million transitions: 4.1 s before, see docs/performance.md for after.

CREATE OR REPLACE FUNCTION national_aggregates()
RETURNS TABLE (
  slug text, name text, joined_since date, inhabitants integer,
  partners integer, voorbereiden integer, verbinden integer, verleiden integer, vasthouden integer, versterken integer,
  signals_per_10000 double precision, median_pickup_hours double precision
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  g record;
  previous text := current_setting('app.gemeente_id', true);
  c record;
  sg record;
  since timestamp := (now() AT TIME ZONE 'UTC') - interval '12 months';
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
    WITH s AS (
      SELECT sig.id, sig."createdAt" FROM "Signal" sig WHERE sig."gemeenteId" = g.id AND sig."createdAt" >= since
    ), p AS (
      SELECT t."signalId", min(t."createdAt") AS at FROM "SignalTransition" t
      WHERE t."gemeenteId" = g.id
        AND t."toStatus" IN ('EERSTE_INTAKE', 'TEAM_WELZIJN', 'TEAM_EENZAAMHEID', 'VRIJWILLIGER', 'DOORVERWEZEN', 'AFGESLOTEN')
        AND t."createdAt" >= since
      GROUP BY t."signalId"
    )
    SELECT count(*) AS received, count(p.at) AS picked_up,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM p.at - s."createdAt")) AS median_seconds
    INTO sg
    FROM s LEFT JOIN p ON p."signalId" = s.id;
    slug := g.slug; name := g.name; joined_since := g."createdAt"::date; inhabitants := g.inhabitants;
    partners := CASE WHEN c.partners >= 5 THEN c.partners::int END;
    voorbereiden := CASE WHEN c.s1 >= 5 THEN c.s1::int END;
    verbinden := CASE WHEN c.s2 >= 5 THEN c.s2::int END;
    verleiden := CASE WHEN c.s3 >= 5 THEN c.s3::int END;
    vasthouden := CASE WHEN c.s4 >= 5 THEN c.s4::int END;
    versterken := CASE WHEN c.s5 >= 5 THEN c.s5::int END;
    signals_per_10000 := CASE WHEN sg.received >= 5 AND g.inhabitants > 0
      THEN round((sg.received * 10000.0 / g.inhabitants)::numeric, 1)::double precision END;
    median_pickup_hours := CASE WHEN sg.picked_up >= 5
      THEN round((sg.median_seconds / 3600.0)::numeric, 1)::double precision END;
    RETURN NEXT;
  END LOOP;
  PERFORM set_config('app.gemeente_id', coalesce(previous, ''), true);
END
$fn$;
REVOKE ALL ON FUNCTION national_aggregates() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION national_aggregates() TO samenkracht_app;
