-- The first-contact mail in "je" (issue 22): the default template says "je" since 2026-12-05, but templates saved
-- before then kept the old "u" paragraphs. Each old default paragraph is replaced by its new wording wherever a
-- gemeente left it as it was (however it was wrapped); a paragraph the gemeente rewrote is its own text and stays.
-- Forced row-level security applies to the owner too: each gemeente in its own tenant scope.
-- (Generated from the two versions of DEFAULT_TEMPLATES.ONDERNEMERS; tests/integration/first-contact-sentence.test.ts.)
DO $$
DECLARE g RECORD;
BEGIN
  FOR g IN SELECT id FROM "Gemeente" LOOP
    PERFORM set_config('app.gemeente_id', g.id, true);
    UPDATE "MailTemplate"
       SET body = regexp_replace(body, 'Ik\s+mail\s+u\s+namens\s+de\s+gemeente\s+\{\{gemeente\}\}\.', 'Ik mail je namens de gemeente {{gemeente}}.', 'g')
     WHERE "gemeenteId" = g.id AND key = 'ONDERNEMERS' AND body ~ 'Ik\s+mail\s+u\s+namens\s+de\s+gemeente\s+\{\{gemeente\}\}\.';
    UPDATE "MailTemplate"
       SET body = regexp_replace(body, 'Namens\s+de\s+gemeente\s+\{\{gemeente\}\}\s+wil\s+ik\s+u\s+daarom\s+vragen\s+of\s+u\s+met\s+ons\s+in\s+gesprek\s+wilt\s+om\s+te\s+verkennen\s+of\s+\{\{ondernemer\}\}\s+een\s+rol\s+kan\s+spelen\s+bij\s+de\s+aanpak\s+van\s+eenzaamheid\s+in\s+onze\s+gemeente\.\s+Heel\s+concreet\s+zouden\s+we\s+willen\s+verkennen\s+of\s+\-\s+uiteraard\s+geheel\s+in\s+samenspraak\s+en\s+stap\s+voor\s+stap\s+\-\s+het\s+mogelijk\s+is\s+om\s+\{\{vraag\}\}\.\s+Graag\s+licht\s+ik\s+dit\s+verder\s+toe\.', 'Daarom wil ik je vragen of je met ons in gesprek wilt. Dan kijken we samen of {{ondernemer}} een rol kan spelen bij de aanpak van eenzaamheid in onze gemeente. Heel concreet willen we samen met jou, stap voor stap, kijken of het mogelijk is om {{vraag}}. Dat leg ik je graag verder uit.', 'g')
     WHERE "gemeenteId" = g.id AND key = 'ONDERNEMERS' AND body ~ 'Namens\s+de\s+gemeente\s+\{\{gemeente\}\}\s+wil\s+ik\s+u\s+daarom\s+vragen\s+of\s+u\s+met\s+ons\s+in\s+gesprek\s+wilt\s+om\s+te\s+verkennen\s+of\s+\{\{ondernemer\}\}\s+een\s+rol\s+kan\s+spelen\s+bij\s+de\s+aanpak\s+van\s+eenzaamheid\s+in\s+onze\s+gemeente\.\s+Heel\s+concreet\s+zouden\s+we\s+willen\s+verkennen\s+of\s+\-\s+uiteraard\s+geheel\s+in\s+samenspraak\s+en\s+stap\s+voor\s+stap\s+\-\s+het\s+mogelijk\s+is\s+om\s+\{\{vraag\}\}\.\s+Graag\s+licht\s+ik\s+dit\s+verder\s+toe\.';
    UPDATE "MailTemplate"
       SET body = regexp_replace(body, 'De\s+mogelijkheden\s+verkennen\?\s+De\s+vraag\s+is:\s+staat\s+u\s+ervoor\s+open\s+om\s+dit\s+samen\s+te\s+verkennen\?\s+Uiteraard\s+is\s+hier\s+veel\s+meer\s+over\s+te\s+vertellen\.\s+Meer\s+informatie\s+over\s+de\s+gemeentelijke\s+aanpak\s+vindt\s+u\s+op\s+\{\{url\}\}\.\s+Graag\s+kom\s+ik\s+binnenkort\s+een\s+keer\s+naar\s+u\s+toe\s+om\s+persoonlijk\s+kennis\s+te\s+maken\s+en\s+verder\s+te\s+spreken\s+over\s+ons\s+verzoek\.', 'Samen de mogelijkheden bekijken?
Sta je ervoor open om dit samen te bekijken? Er is nog veel meer over te vertellen. Meer over de aanpak van de gemeente lees je op {{url}}. Ik kom graag binnenkort langs om kennis te maken en verder te praten.', 'g')
     WHERE "gemeenteId" = g.id AND key = 'ONDERNEMERS' AND body ~ 'De\s+mogelijkheden\s+verkennen\?\s+De\s+vraag\s+is:\s+staat\s+u\s+ervoor\s+open\s+om\s+dit\s+samen\s+te\s+verkennen\?\s+Uiteraard\s+is\s+hier\s+veel\s+meer\s+over\s+te\s+vertellen\.\s+Meer\s+informatie\s+over\s+de\s+gemeentelijke\s+aanpak\s+vindt\s+u\s+op\s+\{\{url\}\}\.\s+Graag\s+kom\s+ik\s+binnenkort\s+een\s+keer\s+naar\s+u\s+toe\s+om\s+persoonlijk\s+kennis\s+te\s+maken\s+en\s+verder\s+te\s+spreken\s+over\s+ons\s+verzoek\.';
    UPDATE "MailTemplate"
       SET body = regexp_replace(body, 'Ik\s+hoor\s+graag\s+van\s+u,', 'Ik hoor graag van je,', 'g')
     WHERE "gemeenteId" = g.id AND key = 'ONDERNEMERS' AND body ~ 'Ik\s+hoor\s+graag\s+van\s+u,';
  END LOOP;
  PERFORM set_config('app.gemeente_id', '', true);
END $$;
