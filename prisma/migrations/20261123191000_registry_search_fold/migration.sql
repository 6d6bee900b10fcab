-- Registry search without accents: "cafe" finds "Café", "een" finds "één" (as the public register's
-- name search already does). The search copies become search_fold(name): lower case, and the accented
-- Latin letters that occur in Dutch and European business names replaced by their plain letter
-- (upper case ones too: lower() folds them only under a UTF-8 locale, not under C).
-- searchVestigingen() folds the search text with the same function, so both sides match; the index
-- "Vestiging_gemeenteId_search_idx" stays as it is (it holds the copies).
CREATE FUNCTION search_fold(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT translate(lower(t),
    'àáâãäåāăąçćčďèéêëēĕėęěìíîïĩīĭįñńňòóôõöøōŏőùúûüũūŭůűųýÿžźżšśłđÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĔĖĘĚÌÍÎÏĨĪĬĮÑŃŇÒÓÔÕÖØŌŎŐÙÚÛÜŨŪŬŮŰŲÝŸŽŹŻŠŚŁĐ',
    'aaaaaaaaacccdeeeeeeeeeiiiiiiiinnnooooooooouuuuuuuuuuyyzzzssldaaaaaaaaacccdeeeeeeeeeiiiiiiiinnnooooooooouuuuuuuuuuyyzzzssld')
$fn$;

CREATE OR REPLACE FUNCTION vestiging_search_copy() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  NEW."searchName" := search_fold(NEW.name);
  NEW."searchOrganisation" := coalesce((SELECT search_fold(o.name) FROM "Organisation" o WHERE o.id = NEW."organisationId"), '');
  RETURN NEW;
END
$fn$;

CREATE OR REPLACE FUNCTION organisation_search_rename() RETURNS trigger
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
    UPDATE "Vestiging" SET "searchOrganisation" = search_fold(NEW.name)
      WHERE "gemeenteId" = g.id AND "organisationId" = NEW.id AND "searchOrganisation" IS DISTINCT FROM search_fold(NEW.name);
  END LOOP;
  PERFORM set_config('app.gemeente_id', coalesce(previous, ''), true);
  RETURN NULL;
END
$fn$;

-- Refill the copies, gemeente by gemeente (forced RLS applies to the owner too). Writing a copy fires
-- vestiging_search_copy(), which puts the folded values in place.
DO $$
DECLARE
  g record;
  previous text := current_setting('app.gemeente_id', true);
BEGIN
  FOR g IN SELECT "Gemeente".id FROM "Gemeente" LOOP
    PERFORM set_config('app.gemeente_id', g.id, true);
    UPDATE "Vestiging" SET "searchName" = '' WHERE "gemeenteId" = g.id;
  END LOOP;
  PERFORM set_config('app.gemeente_id', coalesce(previous, ''), true);
END
$$;
