-- The first-contact mail's fixed sentence (the voluntary / no-procurement-advantage principle) in the
-- platform's one wording (src/modules/engagement/principles.ts, WHEN_THE_GEMEENTE_BUYS): saved
-- templates get the new sentence in place of the old one, wherever the gemeente put it and however it
-- was wrapped. The rest of a saved template is the gemeente's own text and stays as it is.
-- Forced row-level security applies to the owner too: each gemeente in its own tenant scope.
DO $$
DECLARE g RECORD;
BEGIN
  FOR g IN SELECT id FROM "Gemeente" LOOP
    PERFORM set_config('app.gemeente_id', g.id, true);
    UPDATE "MailTemplate"
       SET body = regexp_replace(body,
             'Meedoen\s+is\s+helemaal\s+vrijwillig\.\s+Het\s+geeft\s+geen\s+voordeel\s+bij\s+inkoop\s+of\s+aanbesteding\s+door\s+de\s+gemeente,\s+en\s+het\s+staat\s+altijd\s+open\s+voor\s+andere\s+ondernemers\.',
             'Meedoen is helemaal vrijwillig. Het geeft geen voordeel als de gemeente iets inkoopt of een opdracht geeft. En andere ondernemers kunnen altijd ook meedoen.',
             'g')
     WHERE "gemeenteId" = g.id AND key = 'ONDERNEMERS' AND body ~ 'bij\s+inkoop\s+of\s+aanbesteding';
  END LOOP;
  PERFORM set_config('app.gemeente_id', '', true);
END $$;
