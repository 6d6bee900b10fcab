-- Public page cache (issue 20, docs/decisions/0020): a per-gemeente "public version" that changes
-- in the same transaction as anything the public pages show (register, aanbod, agenda, home, help,
-- the .ics feed). Every server process keys its cache of those pages by (gemeente, page, version)
-- and reads the version per request, so a change made through any process — page, server action,
-- API, self-service, job, CSV import, plain SQL — is seen by every other process on its next request.
-- Rules where the data lives: statement-level triggers, not domain code, so no writer can forget it.

ALTER TABLE "Gemeente" ADD COLUMN "publicVersion" BIGINT NOT NULL DEFAULT 0;

-- Bumps the version of every gemeente whose rows the statement touched. For an UPDATE, trigger
-- arguments name columns whose change alone does not alter a public page (e.g. the last contact
-- date); rows that differ only in those do not count. SECURITY DEFINER: the app role needs no
-- UPDATE right on "Gemeente" for this, and "Gemeente" has no row-level security.
CREATE OR REPLACE FUNCTION public_version_bump() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Gemeente" g SET "publicVersion" = g."publicVersion" + 1
     WHERE g.id IN (SELECT DISTINCT n."gemeenteId" FROM new_rows n);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "Gemeente" g SET "publicVersion" = g."publicVersion" + 1
     WHERE g.id IN (SELECT DISTINCT o."gemeenteId" FROM old_rows o);
  ELSIF TG_NARGS = 0 THEN
    UPDATE "Gemeente" g SET "publicVersion" = g."publicVersion" + 1
     WHERE g.id IN (SELECT n."gemeenteId" FROM new_rows n UNION SELECT o."gemeenteId" FROM old_rows o);
  ELSE
    UPDATE "Gemeente" g SET "publicVersion" = g."publicVersion" + 1
     WHERE g.id IN (
       SELECT n."gemeenteId" FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (to_jsonb(n) - TG_ARGV) IS DISTINCT FROM (to_jsonb(o) - TG_ARGV)
     );
  END IF;
  RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION public_version_bump() FROM PUBLIC;

-- The tables the public pages read (see src/lib/http/public-cache.ts for the pages).
DO $do$
DECLARE
  t text;
  ignored text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Vestiging', 'Doubt', 'Contribution', 'CoalitionPartner', 'SupportOffer', 'Event', 'EventRegistration', 'EventGuest'] LOOP
    ignored := CASE t WHEN 'Vestiging' THEN '''lastContactAt'', ''updatedAt''' ELSE '' END;
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump()', t || '_public_version_ins', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump(%s)', t || '_public_version_upd', t, ignored);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump()', t || '_public_version_del', t);
  END LOOP;
END
$do$;

-- An organisation's name is shown for its vestigingen in every gemeente where it has one (a
-- national chain); renames are rare, so a rename bumps every gemeente (row-level security would
-- hide the other gemeenten's vestigingen from this trigger anyway).
CREATE OR REPLACE FUNCTION public_version_bump_all() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
BEGIN
  UPDATE "Gemeente" SET "publicVersion" = "publicVersion" + 1;
  RETURN NULL;
END
$fn$;
REVOKE ALL ON FUNCTION public_version_bump_all() FROM PUBLIC;
CREATE TRIGGER "Organisation_public_version_upd" AFTER UPDATE OF name ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION public_version_bump_all();

-- The gemeente's own name and settings (public contact, house style) are on its public pages.
CREATE OR REPLACE FUNCTION public_version_gemeente() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  IF NEW."publicVersion" = OLD."publicVersion"
     AND (NEW.name, NEW.slug, NEW.inhabitants, NEW.settings) IS DISTINCT FROM (OLD.name, OLD.slug, OLD.inhabitants, OLD.settings) THEN
    NEW."publicVersion" := OLD."publicVersion" + 1;
  END IF;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER "Gemeente_public_version" BEFORE UPDATE ON "Gemeente"
  FOR EACH ROW EXECUTE FUNCTION public_version_gemeente();
