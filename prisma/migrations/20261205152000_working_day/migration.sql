-- Issue 16 (the ambtenaar's working day).
-- The accounthouder's function and contact details, kept per person: merge fields {{functie}} and
-- {{contactgegevens}} of the mail templates are prefilled from them.
ALTER TABLE "User" ADD COLUMN "jobTitle" TEXT;
ALTER TABLE "User" ADD COLUMN "workContact" TEXT;

-- "Mijn acties": a next action of a contact moment is marked done, with who and when.
-- byName follows the same rule as ContactMoment.byName ("verwijderd account" after account deletion).
ALTER TABLE "ContactMoment" ADD COLUMN "nextActionDoneAt" TIMESTAMP(3);
ALTER TABLE "ContactMoment" ADD COLUMN "nextActionDoneById" TEXT;
ALTER TABLE "ContactMoment" ADD COLUMN "nextActionDoneByName" TEXT;
-- Done means: who and when, together (a done mark without a time, or a person without a time, is not a record).
ALTER TABLE "ContactMoment" ADD CONSTRAINT "ContactMoment_next_action_done_check"
  CHECK ("nextActionDoneAt" IS NOT NULL OR ("nextActionDoneById" IS NULL AND "nextActionDoneByName" IS NULL));
-- The open actions of a gemeente, by date (Mijn acties, weekly digest).
CREATE INDEX "ContactMoment_open_next_action_idx" ON "ContactMoment" ("gemeenteId", "nextActionDate")
  WHERE "nextAction" IS NOT NULL AND "nextActionDoneAt" IS NULL;
