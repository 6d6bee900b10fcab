-- Registry search copies (migration *_registry_search): "searchName" becomes a plain column kept by
-- the same BEFORE trigger as "searchOrganisation". A generated column accepts only DEFAULT, so an
-- `INSERT … SELECT *` of a whole row (the tenant evidence's raw-SQL insert into another gemeente)
-- failed on the column instead of on row-level security; a plain column behaves like every other.
ALTER TABLE "Vestiging" ALTER COLUMN "searchName" DROP EXPRESSION;
ALTER TABLE "Vestiging" ALTER COLUMN "searchName" SET DEFAULT '';
ALTER TABLE "Vestiging" ALTER COLUMN "searchName" SET NOT NULL;

DROP TRIGGER vestiging_search_organisation ON "Vestiging";
DROP FUNCTION vestiging_search_organisation();

-- On insert, and whenever the name, the organisation or a copy is written: lower-cased copies of the
-- vestiging's name and of its organisation's name. Whatever a writer puts in the copies is replaced.
CREATE FUNCTION vestiging_search_copy() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  NEW."searchName" := lower(NEW.name);
  NEW."searchOrganisation" := coalesce((SELECT lower(o.name) FROM "Organisation" o WHERE o.id = NEW."organisationId"), '');
  RETURN NEW;
END
$fn$;
CREATE TRIGGER vestiging_search_copy
  BEFORE INSERT OR UPDATE OF "name", "organisationId", "searchName", "searchOrganisation" ON "Vestiging"
  FOR EACH ROW EXECUTE FUNCTION vestiging_search_copy();
