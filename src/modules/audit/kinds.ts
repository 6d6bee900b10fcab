/**
 * Plain Dutch (B1) for every kind of action in the audit trail, and the groups the log filters by. Staff read
 * them, so a worry is a "signaal" here (docs/terminology.md), not a "melding"; the group keys are URL values.
 * One place: the log pages, the CSV export and the test that every written action has a text
 * (kinds.test.ts scans the code for `action: "…"`).
 */
export const AUDIT_GROUPS = {
  toegang: "Toegang en accounts",
  partners: "Coalitiepartners",
  ondernemers: "Ondernemers en coalitie",
  aanbod: "Aanbod",
  bijeenkomsten: "Bijeenkomsten",
  campagnes: "Campagnes",
  plan: "Plan en budget",
  klankbord: "Klankbordgroep",
  meldingen: "Signalen: zorgen over inwoners",
} as const;
export type AuditGroup = keyof typeof AUDIT_GROUPS;

export const AUDIT_ACTIONS: Record<string, { group: AuditGroup; text: string }> = {
  "membership.role_changed": { group: "toegang", text: "Heeft de rol van een medewerker veranderd" },
  "apikey.create": { group: "toegang", text: "Heeft een API-sleutel gemaakt" },
  "apikey.revoke": { group: "toegang", text: "Heeft een API-sleutel ingetrokken" },
  "identity-provider.create": { group: "toegang", text: "Heeft inloggen via de inlogdienst van de gemeente ingesteld" },
  "identity-provider.update": { group: "toegang", text: "Heeft de inlogdienst van de gemeente gewijzigd" },
  "identity-provider.delete": { group: "toegang", text: "Heeft de inlogdienst van de gemeente verwijderd" },
  "gemeente.left": { group: "toegang", text: "Heeft een gemeente van het platform gehaald, na een kopie van al haar gegevens" },
  "partner.create": { group: "partners", text: "Heeft een coalitiepartner toegevoegd" },
  "partner.update": { group: "partners", text: "Heeft een coalitiepartner gewijzigd" },
  "partner.delete": { group: "partners", text: "Heeft een coalitiepartner verwijderd" },
  "coalition.place": { group: "ondernemers", text: "Heeft een ondernemer in een cirkel van de coalitie geplaatst" },
  "offer.create": { group: "aanbod", text: "Heeft aanbod toegevoegd" },
  "offer.update": { group: "aanbod", text: "Heeft aanbod gewijzigd" },
  "offer.confirm": { group: "aanbod", text: "Een aanbieder heeft zijn aanbod bevestigd" },
  "offer.proposed": { group: "aanbod", text: "Heeft aanbod voorgesteld" },
  "offer.published": { group: "aanbod", text: "Heeft aanbod gepubliceerd" },
  "offer.unpublished": { group: "aanbod", text: "Heeft aanbod offline gehaald" },
  "event.create": { group: "bijeenkomsten", text: "Heeft een bijeenkomst gepland" },
  "event.update": { group: "bijeenkomsten", text: "Heeft een bijeenkomst gewijzigd" },
  "event.cancel": { group: "bijeenkomsten", text: "Heeft een bijeenkomst afgelast" },
  "event.attendance": { group: "bijeenkomsten", text: "Heeft de aanwezigheid bij een bijeenkomst bijgewerkt" },
  "event.invite": { group: "bijeenkomsten", text: "Heeft uitnodigingen voor een bijeenkomst verstuurd" },
  "event.close": { group: "bijeenkomsten", text: "Heeft een bijeenkomst afgesloten met de aanwezigheid" },
  "gemeente.public-contact": { group: "partners", text: "Heeft het contact voor nieuwe deelnemers aan de coalitie gewijzigd" },
  "gemeente.logo": { group: "partners", text: "Heeft het logo van de gemeente gewijzigd" },
  "gemeente.logo-removed": { group: "partners", text: "Heeft het logo van de gemeente weggehaald" },
  "signal.feedback-mail": { group: "meldingen", text: "Heeft de melder na afsluiten gevraagd of het hielp" },
  "campaign.create": { group: "campagnes", text: "Heeft een campagne toegevoegd" },
  "campaign.update": { group: "campagnes", text: "Heeft een campagne gewijzigd" },
  "campaign.delete": { group: "campagnes", text: "Heeft een campagne verwijderd" },
  "campaign.fill-year": { group: "campagnes", text: "Heeft het campagnejaar gevuld met de vaste campagnes" },
  "plan.status": { group: "plan", text: "Heeft de stand van een onderdeel van het plan bijgewerkt" },
  "plan.goal.create": { group: "plan", text: "Heeft een SMART-doel toegevoegd" },
  "budget.actual.set": { group: "plan", text: "Heeft een uitgave op het budget bijgewerkt" },
  "klankbord.member.create": { group: "klankbord", text: "Heeft een lid van de klankbordgroep toegevoegd" },
  "klankbord.member.delete": { group: "klankbord", text: "Heeft een lid van de klankbordgroep verwijderd" },
  "klankbord.meeting.create": { group: "klankbord", text: "Heeft een bijeenkomst van de klankbordgroep vastgelegd" },
  "klankbord.input.create": { group: "klankbord", text: "Heeft inbreng van de klankbordgroep vastgelegd" },
  "klankbord.input.status": { group: "klankbord", text: "Heeft de opvolging van inbreng van de klankbordgroep bijgewerkt" },
  // The signal audit chain (docs/decisions/0015): shown without the signal or any detail.
  "signal.create": { group: "meldingen", text: "Er is een signaal binnengekomen" },
  "signal.transition": { group: "meldingen", text: "Heeft een signaal een stap verder gezet" },
  "signal.read-personal": { group: "meldingen", text: "Heeft de persoonsgegevens in een signaal bekeken" },
  "signal.resident-lookup": {
    group: "meldingen",
    text: "Heeft gezocht naar signalen over een inwoner (vraag om een kopie van de gegevens)",
  },
  "signal.erase": { group: "meldingen", text: "Heeft de persoonsgegevens in een signaal gewist" },
  "signal.restrict": { group: "meldingen", text: "Heeft de gegevens van een signaal op slot gezet" },
  "signal.unrestrict": { group: "meldingen", text: "Heeft de gegevens van een signaal van slot gehaald" },
  "signal.retention-notice": { group: "meldingen", text: "Samenkracht heeft gemeld dat signalen bijna gewist worden" },
  "signal.reporter-mail": { group: "meldingen", text: "Samenkracht heeft de melder laten weten hoe het gaat" },
  "signal.settings": { group: "meldingen", text: "Heeft de instellingen voor signalen gewijzigd" },
  "signal.categories": { group: "meldingen", text: "Heeft de lijst met hulpvragen gewijzigd" },
  "signal.rotate-keys": { group: "meldingen", text: "De sleutels van de signalen zijn vernieuwd" },
};

export function describeAction(action: string): { group: AuditGroup | null; text: string } {
  const known = Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, action) ? AUDIT_ACTIONS[action] : undefined;
  return known ?? { group: null, text: `Andere handeling (${action})` };
}

/** The actions of one group, for the filter. */
export function actionsOf(group: AuditGroup): string[] {
  return Object.entries(AUDIT_ACTIONS)
    .filter(([, v]) => v.group === group)
    .map(([k]) => k);
}
