/** Part of the Dutch catalogue (nl.ts, which assembles it): the `adminPages` section. */
/** The beheer pages, the API documentation and the admin components (identity providers, API keys). Always "je". */
export const adminPages = {
  /** /beheer: the links per gemeente. */
  home: {
    platformLog: "Logboek van het platform",
    apiKeys: "API-sleutels",
    branding: "Huisstijl",
    gemeenteSignIn: "Inloggen via de gemeente",
    ofGemeente: (gemeente: string) => `van ${gemeente}`,
  },
  /** /beheer/logboek */
  platformLog: {
    title: "Logboek van het platform",
    back: "Terug naar beheer",
    intro: "Wie deed wat en wanneer in het beheer van het platform, zoals het instellen van inloggen via een gemeente.",
  },
  /** /beheer/[gemeente]/api-sleutels */
  apiKeys: {
    title: "API-sleutels",
    back: "Terug naar beheer",
    heading: (gemeente: string) => `API-sleutels van ${gemeente}`,
    intro:
      "Met een API-sleutel kan een systeem van een partner gegevens van deze gemeente gebruiken. Een sleutel hoort bij één gemeente en één rol. Trek een sleutel in als hij niet meer nodig is.",
    keys: (count: number) => `Sleutels (${count})`,
    none: "Er zijn nog geen sleutels.",
    name: "Naam",
    prefix: "Begin van de sleutel",
    role: "Rol",
    created: "Gemaakt",
    lastUsed: "Laatst gebruikt",
    status: "Status",
    revokedOn: (date: string) => `Ingetrokken op ${date}`,
    newKey: "Nieuwe sleutel maken",
  },
  /** The API key form and the revoke button (client components; {name} is filled in there). */
  apiKeyForm: {
    created: "Sleutel “{name}” is gemaakt.",
    copyNow: "Kopieer hem nu: je ziet hem hierna nooit meer.",
    key: "Sleutel",
    name: "Naam (waarvoor is de sleutel?)",
    role: "Rol",
    chooseRole: "Kies een rol",
    roleHint: "De sleutel mag precies wat deze rol mag, in deze gemeente.",
    busy: "Bezig…",
    submit: "Sleutel maken",
    revoke: "Intrekken",
  },
  /** /beheer/[gemeente]/inloggen */
  identity: {
    title: "Inloggen via de gemeente",
    back: "Terug naar beheer",
    heading: (gemeente: string) => `Inloggen via ${gemeente}`,
    intro:
      "Medewerkers van de gemeente kunnen inloggen met hun werkaccount, via de inlogdienst van de gemeente (OpenID Connect, bijvoorbeeld Entra ID of Keycloak). Wie mag inloggen en met welke rol, blijft in Samenkracht geregeld.",
    firstHeading: "Eerst bij de gemeente",
    firstAsk: "Vraag de ICT-afdeling om Samenkracht als toepassing te registreren, met dit terugstuuradres (redirect URL):",
    firstGet: "Zij geven je het adres van de inlogdienst, de client-ID en het geheim.",
    change: "Inlogdienst wijzigen",
    setUp: "Inlogdienst instellen",
  },
  /** The identity provider form (client component). */
  identityForm: {
    errorPrefix: "Fout: ",
    saved: "De inlogdienst is opgeslagen.",
    removed: "De inlogdienst is verwijderd.",
    issuer: "Adres van de inlogdienst (issuer)",
    issuerHint: "Bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0 of https://sso.gemeente.nl/realms/medewerkers",
    clientId: "Client-ID",
    secret: "Geheim (client secret)",
    secretKeep: "Laat leeg om het bewaarde geheim te houden.",
    secretNew: "Dit wordt versleuteld bewaard. Niemand kan het hier nog lezen.",
    domains: "E-maildomeinen van de medewerkers",
    domainsHint: "Gescheiden door komma's, bijvoorbeeld samenstad.nl, gemeente-samenstad.nl",
    busy: "Bezig…",
    save: "Inlogdienst opslaan",
    remove: "Inlogdienst verwijderen",
  },
  /** /api/v1/docs. Text between backticks is shown as code. */
  apiDocs: {
    title: "API-documentatie",
    version: (version: string) => `Versie ${version}. Machineleesbaar:`,
    openApi: "(OpenAPI 3.1).",
    partsLabel: "Onderdelen van de API",
    parts: "Onderdelen",
    errors: "Fouten",
    deprecated: "Verouderd: gebruik dit niet meer in nieuwe koppelingen.",
    needsKey: (permission: string) => `Sleutel nodig met toestemming \`${permission}\`.`,
    public: "Openbaar: geen sleutel nodig.",
    parameters: "Parameters",
    paramName: "Naam",
    paramIn: "Waar",
    paramRequired: "Verplicht",
    paramDescription: "Uitleg",
    yes: "ja",
    no: "nee",
    requestBody: "Inhoud van het verzoek:",
    schema: (schema: string) => `(schema \`${schema}\`)`,
    requestExample: (operation: string) => `Voorbeeld van het verzoek voor ${operation}`,
    responses: "Antwoorden",
    status: "Status",
    meaning: "Betekenis",
    content: "Inhoud",
    noContent: "geen",
    responseExample: (status: string, operation: string) => `Voorbeeld van het antwoord ${status} op ${operation}`,
    errorsIntro:
      "Een fout komt als `application/problem+json` (RFC 9457) met `type` (een adres op deze pagina), `title`, `status` en `detail` (uitleg in het Nederlands), en daarnaast onze vaste `code` en, bij invoerfouten, `fieldErrors` per veld. Een fout aan onze kant toont nooit technische details.",
  },
};
