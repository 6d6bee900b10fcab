-- Issue 21: the resident's data through its whole life.

-- 1. An erased signal is closed for good; a restricted one is only stored (AVG art. 18) until the
--    restriction is lifted. The domain (transition-signal.ts assertProcessable) says it in Dutch; the
--    database refuses it for every other path.
CREATE OR REPLACE FUNCTION signal_processing_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."erasedAt" IS NOT NULL THEN
    IF NEW."erasedAt" IS NULL
       OR NEW.status IS DISTINCT FROM OLD.status
       OR NEW."assigneeUserId" IS DISTINCT FROM OLD."assigneeUserId"
       OR NEW."volunteerUserId" IS DISTINCT FROM OLD."volunteerUserId"
       OR NEW."residentNameEnc" IS NOT NULL OR NEW."residentContactEnc" IS NOT NULL OR NEW."situationEnc" IS NOT NULL
       OR NEW."reporterNameEnc" IS NOT NULL OR NEW."reporterContactEnc" IS NOT NULL OR NEW."reporterEmailEnc" IS NOT NULL
       OR NEW."statusCodeHash" IS NOT NULL OR NEW.wijk IS NOT NULL OR NEW."referralTo" IS NOT NULL THEN
      RAISE EXCEPTION 'signal % is erased and closed for good', OLD.id USING ERRCODE = 'check_violation';
    END IF;
  ELSIF OLD.restricted AND NEW.restricted THEN
    IF NEW.status IS DISTINCT FROM OLD.status
       OR NEW."assigneeUserId" IS DISTINCT FROM OLD."assigneeUserId"
       OR NEW."volunteerUserId" IS DISTINCT FROM OLD."volunteerUserId"
       OR NEW.outcome IS DISTINCT FROM OLD.outcome
       -- the referral may only be cleared, and only by the erasure itself
       OR (NEW."referralTo" IS DISTINCT FROM OLD."referralTo" AND NOT (NEW."referralTo" IS NULL AND NEW."erasedAt" IS NOT NULL)) THEN
      RAISE EXCEPTION 'signal % is restricted: storage only', OLD.id USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER signal_processing_guard BEFORE UPDATE ON "Signal"
  FOR EACH ROW EXECUTE FUNCTION signal_processing_guard();

-- No new step (and so no new reason) on an erased or restricted signal. The row is read under the
-- caller's row-level security, which is the same tenant as the transition's.
CREATE OR REPLACE FUNCTION signal_transition_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE s record;
BEGIN
  SELECT "erasedAt", restricted INTO s FROM "Signal" WHERE id = NEW."signalId";
  IF FOUND AND (s."erasedAt" IS NOT NULL OR s.restricted) THEN
    RAISE EXCEPTION 'signal % is erased or restricted: no new step', NEW."signalId" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."reasonEnc" IS NOT NULL AND FOUND AND s."erasedAt" IS NOT NULL THEN
    RAISE EXCEPTION 'signal % is erased', NEW."signalId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER signal_transition_guard BEFORE INSERT ON "SignalTransition"
  FOR EACH ROW EXECUTE FUNCTION signal_transition_guard();

-- A reason of an erased signal may only be cleared, never written again.
CREATE OR REPLACE FUNCTION signal_transition_reason_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."reasonEnc" IS NOT NULL AND NEW."reasonEnc" IS DISTINCT FROM OLD."reasonEnc"
     AND EXISTS (SELECT 1 FROM "Signal" WHERE id = NEW."signalId" AND "erasedAt" IS NOT NULL) THEN
    RAISE EXCEPTION 'signal % is erased', NEW."signalId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER signal_transition_reason_guard BEFORE UPDATE ON "SignalTransition"
  FOR EACH ROW EXECUTE FUNCTION signal_transition_reason_guard();

-- 2. Klankbordgroep: risk groups (special category data) are encrypted like signal fields. New and
--    changed rows keep the plaintext array empty; existing rows are moved by
--    `npm run signals:rotate-keys` (the key is not in the database), which empties the array.
ALTER TABLE "KlankbordMember" ADD COLUMN "riskGroupsEnc" TEXT;
ALTER TABLE "KlankbordMember" ADD CONSTRAINT "KlankbordMember_riskGroups_encrypted"
  CHECK (cardinality("riskGroups") = 0) NOT VALID;

-- 3. Public sign-up throttling (issue 21): fixed-window buckets, one per client address (keyed hash)
--    and one for all sign-ups together. Counted atomically with INSERT … ON CONFLICT. Global table.
CREATE TABLE "SignUpRateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "SignUpRateLimit_pkey" PRIMARY KEY ("key")
);
