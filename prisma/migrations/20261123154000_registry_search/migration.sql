-- Registry text search at national scale (issue 7; docs/decisions/0009-national-scale-performance.md,
-- addendum "Registry text search").
--
-- searchVestigingen() matches q case-insensitively (ILIKE '%q%') on the vestiging's name OR its
-- organisation's name. ILIKE is lower(text) LIKE lower(pattern), so two lower-cased copies on the
-- Vestiging row give the same answer with a plain LIKE, and one index per gemeente holds both:
-- the search becomes an index-only scan of the gemeente's own entries (no heap, no join with the
-- national Organisation table). Row-level security lets a non-leakproof LIKE run only as a filter
-- after the tenant condition, never as an index condition, so a trigram index would not help the
-- app role; these columns are not in the Prisma schema (Prisma cannot express generated columns or
-- INCLUDE indexes) and no code writes them.

-- lower(name): follows every write of "name" by itself.
ALTER TABLE "Vestiging" ADD COLUMN "searchName" TEXT GENERATED ALWAYS AS (lower("name")) STORED;
-- lower(Organisation.name): kept by the two triggers below for every writer (domain code, imports,
-- seeds, set-based scale seed) and for every gemeente when a (national) organisation is renamed.
ALTER TABLE "Vestiging" ADD COLUMN "searchOrganisation" TEXT NOT NULL DEFAULT '';

-- On insert, and when the organisation changes (or anyone writes the column), copy the name.
CREATE FUNCTION vestiging_search_organisation() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  NEW."searchOrganisation" := coalesce((SELECT lower(o.name) FROM "Organisation" o WHERE o.id = NEW."organisationId"), '');
  RETURN NEW;
END
$fn$;
CREATE TRIGGER vestiging_search_organisation
  BEFORE INSERT OR UPDATE OF "organisationId", "searchOrganisation" ON "Vestiging"
  FOR EACH ROW EXECUTE FUNCTION vestiging_search_organisation();

-- An organisation is global (a national chain has vestigingen in many gemeenten), Vestiging has
-- forced RLS. Like national_aggregates() (decision 0008), this SECURITY DEFINER function visits
-- each gemeente under its own tenant setting, so it also works where the owner is subject to
-- forced RLS, and restores the caller's setting. It writes only the search copy of the name.
CREATE FUNCTION organisation_search_rename() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
DECLARE
  g record;
  previous text := current_setting('app.gemeente_id', true);
BEGIN
  IF NEW.name IS NOT DISTINCT FROM OLD.name THEN
    RETURN NULL;
  END IF;
  FOR g IN SELECT "Gemeente".id FROM "Gemeente" LOOP
    PERFORM set_config('app.gemeente_id', g.id, true);
    UPDATE "Vestiging" SET "searchOrganisation" = lower(NEW.name)
      WHERE "gemeenteId" = g.id AND "organisationId" = NEW.id AND "searchOrganisation" IS DISTINCT FROM lower(NEW.name);
  END LOOP;
  PERFORM set_config('app.gemeente_id', coalesce(previous, ''), true);
  RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION organisation_search_rename() FROM PUBLIC;
CREATE TRIGGER organisation_search_rename
  AFTER UPDATE OF name ON "Organisation"
  FOR EACH ROW EXECUTE FUNCTION organisation_search_rename();

-- Fill the copy for existing rows, gemeente by gemeente (forced RLS applies to the owner too).
DO $$
DECLARE
  g record;
  previous text := current_setting('app.gemeente_id', true);
BEGIN
  FOR g IN SELECT "Gemeente".id FROM "Gemeente" LOOP
    PERFORM set_config('app.gemeente_id', g.id, true);
    UPDATE "Vestiging" v SET "searchOrganisation" = lower(o.name)
      FROM "Organisation" o WHERE o.id = v."organisationId" AND v."gemeenteId" = g.id;
  END LOOP;
  PERFORM set_config('app.gemeente_id', coalesce(previous, ''), true);
END
$$;

-- One gemeente's search entries side by side: the LIKE runs on index tuples (index-only scan).
CREATE INDEX "Vestiging_gemeenteId_search_idx" ON "Vestiging" ("gemeenteId") INCLUDE ("id", "searchName", "searchOrganisation");
