-- Principles as invariants (issue 13, docs/decisions/0013-membership-and-relation-invariants.md).
-- The domain functions keep the readable rule and its Dutch message; these constraints are the wall
-- behind them, for every path that writes as samenkracht_app (or as the owner).
-- Forced row-level security applies to the owner too: data repairs run gemeente by gemeente.

-- ── 1. Names ────────────────────────────────────────────────────────────────────────────────────
-- Characters that are no visible letter or digit: controls, spaces, punctuation, symbols, zero-width
-- and other invisible characters, combining marks on their own, Hangul fillers, emoji. The same set
-- as NAME_IGNORABLE in src/lib/names.ts (tests/integration/names-order.test.ts compares the two).
CREATE FUNCTION name_is_visible(t text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT t ~ '[^\u0000-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u00BF\u00D7\u00F7\u0300-\u036F\u115F\u1160\u1680\u180E\u2000-\u2BFF\u2E00-\u2E7F\u3000-\u3004\u3008-\u3020\u3164\uFE00-\uFE6F\uFEFF\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\uFFA0\uFFF0-\uFFFF\U0001F000-\U0001FAFF\U000E0000-\U000E007F\U000E0100-\U000E01EF]'
$fn$;

-- The sort key of a name: without the leading characters of that set, lower case, accents folded
-- (search_fold). Public lists order by it (nl collation in the app over the key, then the name).
CREATE FUNCTION name_sort_key(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT search_fold(regexp_replace(t, '^[\u0000-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u00BF\u00D7\u00F7\u0300-\u036F\u115F\u1160\u1680\u180E\u2000-\u2BFF\u2E00-\u2E7F\u3000-\u3004\u3008-\u3020\u3164\uFE00-\uFE6F\uFEFF\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\uFFA0\uFFF0-\uFFFF\U0001F000-\U0001FAFF\U000E0000-\U000E007F\U000E0100-\U000E01EF]+', ''))
$fn$;

ALTER TABLE "Vestiging" ADD COLUMN "sortName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SupportOffer" ADD COLUMN "sortTitle" TEXT NOT NULL DEFAULT '';

CREATE FUNCTION vestiging_sort_copy() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  NEW."sortName" := coalesce(name_sort_key(NEW.name), '');
  RETURN NEW;
END
$fn$;
CREATE TRIGGER vestiging_sort_copy
  BEFORE INSERT OR UPDATE OF "name", "sortName" ON "Vestiging"
  FOR EACH ROW EXECUTE FUNCTION vestiging_sort_copy();

CREATE FUNCTION support_offer_sort_copy() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  NEW."sortTitle" := coalesce(name_sort_key(NEW.title), '');
  RETURN NEW;
END
$fn$;
CREATE TRIGGER support_offer_sort_copy
  BEFORE INSERT OR UPDATE OF "title", "sortTitle" ON "SupportOffer"
  FOR EACH ROW EXECUTE FUNCTION support_offer_sort_copy();

-- ── 2. The relation: an active step needs a real acknowledgement ───────────────────────────────
-- Repair first (a database that ran the old code may hold them): an acknowledgement dated before
-- 2000 is the 1970-01-01 a null date became, not a date anyone gave; an active relation without an
-- acknowledgement goes back to verleiden, with a recorded step change saying why.
CREATE TABLE "_ack_repair" ("gemeenteId" TEXT, "vestigingId" TEXT, "fromStep" "PipelineStep");
DO $$
DECLARE
  g record;
  previous text := current_setting('app.gemeente_id', true);
BEGIN
  FOR g IN SELECT "Gemeente".id FROM "Gemeente" LOOP
    PERFORM set_config('app.gemeente_id', g.id, true);
    UPDATE "Vestiging" SET "acknowledgedAt" = NULL, "acknowledgementChannel" = NULL, "acknowledgedById" = NULL
      WHERE "gemeenteId" = g.id AND "acknowledgedAt" < '2000-01-01';
    INSERT INTO "_ack_repair" SELECT "gemeenteId", id, step FROM "Vestiging"
      WHERE "gemeenteId" = g.id AND step IN ('VASTHOUDEN', 'VERSTERKEN') AND "acknowledgedAt" IS NULL;
    UPDATE "Vestiging" SET step = 'VERLEIDEN'
      WHERE "gemeenteId" = g.id AND step IN ('VASTHOUDEN', 'VERSTERKEN') AND "acknowledgedAt" IS NULL;
    INSERT INTO "StepChange" (id, "gemeenteId", "vestigingId", kind, "fromStep", "toStep", reason, at)
      SELECT gen_random_uuid()::text, r."gemeenteId", r."vestigingId", 'MOVE', r."fromStep", 'VERLEIDEN',
             'Terug naar verleiden: er is geen bevestiging van vrijwilligheid (controle bij de overstap naar regels in de database)', now()
      FROM "_ack_repair" r WHERE r."gemeenteId" = g.id;
  END LOOP;
  PERFORM set_config('app.gemeente_id', coalesce(previous, ''), true);
END
$$;
DROP TABLE "_ack_repair";

ALTER TABLE "Vestiging" ADD CONSTRAINT "Vestiging_active_needs_acknowledgement"
  CHECK (step NOT IN ('VASTHOUDEN', 'VERSTERKEN') OR "acknowledgedAt" IS NOT NULL);
ALTER TABLE "Vestiging" ADD CONSTRAINT "Vestiging_acknowledgement_real_date"
  CHECK ("acknowledgedAt" IS NULL OR "acknowledgedAt" >= TIMESTAMP '2000-01-01');

-- "Not in the future at write time" cannot be a CHECK (it depends on the clock): a trigger, only
-- when the date is written (a row acknowledged yesterday stays writable tomorrow). Five minutes of
-- leeway for clocks of app and database that differ a little; the domain allows one minute.
CREATE FUNCTION vestiging_acknowledgement_not_future() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
BEGIN
  IF NEW."acknowledgedAt" IS NOT NULL
     AND (TG_OP = 'INSERT' OR NEW."acknowledgedAt" IS DISTINCT FROM OLD."acknowledgedAt")
     AND NEW."acknowledgedAt" > (clock_timestamp() AT TIME ZONE 'UTC') + interval '5 minutes' THEN
    RAISE EXCEPTION 'acknowledgement date % is in the future', NEW."acknowledgedAt"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Vestiging_acknowledgement_not_future';
  END IF;
  RETURN NEW;
END
$fn$;
CREATE TRIGGER vestiging_acknowledgement_not_future
  BEFORE INSERT OR UPDATE OF "acknowledgedAt" ON "Vestiging"
  FOR EACH ROW EXECUTE FUNCTION vestiging_acknowledgement_not_future();

-- ── 3. No money contribution type ──────────────────────────────────────────────────────────────
-- The enum has no money value; this keeps it so when someone adds one to the enum: only the in-kind
-- menu of the handreiking is a contribution.
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_in_kind_only"
  CHECK ("type"::text IN ('SIGNALEREN', 'INFORMATIE_VERSPREIDEN', 'COMMUNITY', 'ACTIVITEIT_ORGANISEREN', 'EXTRA_GASTVRIJ', 'MEDEWERKERS_BESCHIKBAAR', 'RUIMTE_MATERIAAL_EXPERTISE'));

-- ── 4. Account deletion keeps the gemeente's records ───────────────────────────────────────────
-- When a person's account is deleted, their id leaves the relation's records and the name shown
-- there becomes "verwijderd account" (src/modules/engagement/server/forget-person.ts).
ALTER TABLE "StepChange" ADD COLUMN "byName" TEXT;
ALTER TABLE "ContactMoment" ADD COLUMN "byName" TEXT;
ALTER TABLE "Doubt" ADD COLUMN "raisedByName" TEXT;
ALTER TABLE "Doubt" ADD COLUMN "closedByName" TEXT;

-- ── 5. Name checks (after the repairs and the sort keys; existing rows validated where they allow it)
-- Fill the sort keys first (writing a key fires the trigger, which computes it): a NOT VALID check
-- is still checked on every update, so it must come after. A database with an invisible name from
-- before keeps the check for every new write and says so in the migration log; renaming that row is
-- the way to validate it later.
DO $$
DECLARE
  g record;
  previous text := current_setting('app.gemeente_id', true);
BEGIN
  FOR g IN SELECT "Gemeente".id FROM "Gemeente" LOOP
    PERFORM set_config('app.gemeente_id', g.id, true);
    UPDATE "Vestiging" SET "sortName" = '' WHERE "gemeenteId" = g.id;
    UPDATE "SupportOffer" SET "sortTitle" = '' WHERE "gemeenteId" = g.id;
  END LOOP;
  PERFORM set_config('app.gemeente_id', coalesce(previous, ''), true);
END
$$;

ALTER TABLE "Vestiging" ADD CONSTRAINT "Vestiging_name_visible" CHECK (name_is_visible(name)) NOT VALID;
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_name_visible" CHECK (name_is_visible(name)) NOT VALID;
ALTER TABLE "CoalitionPartner" ADD CONSTRAINT "CoalitionPartner_name_visible" CHECK (name_is_visible(name)) NOT VALID;
ALTER TABLE "SupportOffer" ADD CONSTRAINT "SupportOffer_names_visible" CHECK (name_is_visible(title) AND name_is_visible(provider)) NOT VALID;

DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT * FROM (VALUES ('Vestiging', 'Vestiging_name_visible'), ('Organisation', 'Organisation_name_visible'),
                                 ('CoalitionPartner', 'CoalitionPartner_name_visible'), ('SupportOffer', 'SupportOffer_names_visible')) AS x(tbl, con) LOOP
    BEGIN
      EXECUTE format('ALTER TABLE %I VALIDATE CONSTRAINT %I', c.tbl, c.con);
    EXCEPTION WHEN check_violation THEN
      RAISE NOTICE 'constraint % not validated: % has names without a visible letter or digit', c.con, c.tbl;
    END;
  END LOOP;
END
$$;
