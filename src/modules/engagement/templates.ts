/**
 * The handreiking's two example mails as editable templates with merge fields ({{ondernemer}}).
 * Pure: rendering and validation only; storage is in ./server/templates.ts.
 */
import type { MailTemplateKey } from "@/generated/prisma/enums";

export { MERGE_FIELDS, fieldsIn, renderTemplate, missingFieldsMessage } from "./merge";
export type { MergeField, MergeValues } from "./merge";
import { MERGE_FIELDS, fieldsIn } from "./merge";
import { WHEN_THE_GEMEENTE_BUYS } from "./principle-words";

/** Merge fields in a template that do not exist (e.g. a typo like {{ondernmer}}). */
export function unknownFields(...texts: string[]): string[] {
  return fieldsIn(...texts).filter((f) => !(f in MERGE_FIELDS));
}

/**
 * The fixed part of the first-contact mail (PRINCIPLE_VOLUNTARY, PRINCIPLE_NOT_EXCLUSIVE): it is
 * in every ONDERNEMERS mail, whatever the gemeente edits. Saving a body without it puts it back
 * (withFixedPart), and rendering checks again, so it cannot be edited away.
 */
export const FIXED_PRINCIPLES_SENTENCE = `Meedoen is helemaal vrijwillig. Het geeft geen voordeel ${WHEN_THE_GEMEENTE_BUYS}. En andere ondernemers kunnen altijd ook meedoen.`;

const squash = (t: string) => t.replace(/\s+/g, " ").trim();

/** The body with the fixed sentence present (appended before the closing when it was removed or changed). */
export function withFixedPart(key: MailTemplateKey, body: string): string {
  if (key !== "ONDERNEMERS") return body;
  if (squash(body).includes(FIXED_PRINCIPLES_SENTENCE)) return body;
  return `${body.trimEnd()}\n\n${FIXED_PRINCIPLES_SENTENCE}`;
}

export const DEFAULT_TEMPLATES: Record<MailTemplateKey, { name: string; subject: string; body: string }> = {
  COLLEGAS: {
    name: "Mail aan collega's",
    subject: "Doe mee: ondernemers betrekken bij Eén tegen eenzaamheid in {{gemeente}}",
    body: `Beste collega's,

Het team {{team}} gaat stappen zetten in het betrekken van bedrijven bij de aanpak Eén tegen eenzaamheid in {{gemeente}}! Er is een plan van aanpak, we hebben actieve en betrokken maatschappelijke organisaties en zeer veel vrijwilligers die zich willen inzetten voor eenzame ouderen.

Eenzaamheid is niet alleen een opgave voor het sociaal domein, maar leent zich juist goed om het fysieke en economische domein te verbinden. Er zijn elders in het land talloze inspirerende voorbeelden van bedrijven die gezegd hebben: wij doen mee.

Graag willen we jullie uitnodigen jullie kennis en netwerken in te brengen. Denk aan bedrijven waarmee de gemeente een relatie heeft in het Werkgeversservicepunt of Werkgeversplein of bedrijven actief op de Beursvloer. Welke netwerken hebben jullie die we kunnen verbinden aan de aanpak tegen eenzaamheid?

Op {{datum}} houden we een inspiratiesessie voor collega's waarvoor je van harte uitgenodigd bent. De ervaring leert dat je in gesprek vaak meer mogelijkheden ontdekt dan vanachter je bureau. We gaan dan met elkaar verkennen welke mogelijkheden en kansen er liggen in onze gemeente.

Bel me gerust voor meer informatie, graag tot binnenkort,

Met vriendelijke groet,

{{afzender}}
{{functie}}
{{contactgegevens}}`,
  },
  ONDERNEMERS: {
    name: "Mail aan lokale ondernemers",
    subject: "Samen tegen eenzaamheid in {{gemeente}}: doet {{ondernemer}} mee?",
    body: `Beste {{aanhef}},

Ik mail je namens de gemeente {{gemeente}}.

{{compliment}}

Daarom wil ik je vragen of je met ons in gesprek wilt. Dan kijken we samen of {{ondernemer}} een rol kan spelen bij de aanpak van eenzaamheid in onze gemeente. Heel concreet willen we samen met jou, stap voor stap, kijken of het mogelijk is om {{vraag}}. Dat leg ik je graag verder uit.

Aanpak eenzaamheid in gemeente {{gemeente}}
{{aanpak}}

${FIXED_PRINCIPLES_SENTENCE}

Samen de mogelijkheden bekijken?
Sta je ervoor open om dit samen te bekijken? Er is nog veel meer over te vertellen. Meer over de aanpak van de gemeente lees je op {{url}}. Ik kom graag binnenkort langs om kennis te maken en verder te praten.

Ik hoor graag van je,

{{afzender}}
{{functie}}
{{contactgegevens}}`,
  },
};

/** The voorbeeldpropositie: what a gemeente can offer entrepreneurs (editable per gemeente). */
export const DEFAULT_PROPOSITION = [
  "Kansen voor maatschappelijk verantwoord ondernemen",
  "Verbinding met andere ondernemers",
  "Toegang tot nieuwe netwerken",
  "Vermelding op website, nieuwsbrief en relevante gemeentelijke uitingen",
  "Organisatie van bijeenkomsten en netwerken",
  "Training van medewerkers",
  "Bewustwording en bespreekbaar maken eenzaamheid onder eigen personeel",
  "Een vaste plek bij de gemeente om zorgen over klanten door te geven",
] as const;
