/**
 * Dutch (B1) messages for login outcomes. Shared by the server (verifyCredentials) and the login page,
 * which receives only the code from next-auth (`?error=CODE` or `signIn(...).error`).
 */
const LOGIN_ERROR_MESSAGES = {
  INVALID: "Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.",
  TOTP_REQUIRED: "Voor dit account is een inlogcode nodig. Vul de 6 cijfers uit je app in.",
  TOTP_INVALID: "De inlogcode klopt niet of is verlopen. Vul de nieuwste code uit je app in.",
  RATE_LIMITED: "Te veel mislukte pogingen. Wacht 15 minuten en probeer het dan opnieuw.",
  VALIDATION: "Niet alle velden zijn goed ingevuld. Kijk de velden na en probeer het opnieuw.",
  Verification: "Deze inloglink werkt niet meer. Hij is al gebruikt of verlopen. Vraag een nieuwe link aan.",
  AccessDenied: "Inloggen is niet gelukt. Neem contact op met de beheerder als dit blijft gebeuren.",
  SessionRequired: "Log eerst in om verder te gaan.",
  OIDC_EMAIL_UNVERIFIED:
    "Inloggen via je gemeente is niet gelukt: de gemeente heeft je e-mailadres niet als gecontroleerd doorgegeven. Vraag de ICT-afdeling van je gemeente om hulp.",
  OIDC_DOMAIN:
    "Inloggen via je gemeente is niet gelukt: je e-mailadres hoort niet bij deze gemeente. Kies de juiste gemeente of log in met je wachtwoord.",
  OIDC_UNKNOWN:
    "Inloggen via je gemeente is gelukt, maar je hebt nog geen account bij Samenkracht voor deze gemeente. Vraag de regisseur eenzaamheid van je gemeente om je toe te voegen.",
  OIDC_DISABLED: "Je account bij Samenkracht is uitgezet. Neem contact op met de regisseur eenzaamheid van je gemeente.",
  OAuthCallback:
    "Je gemeente heeft het inloggen geweigerd of afgebroken. Is je account bij de gemeente uitgezet? Vraag de ICT-afdeling van je gemeente om hulp.",
  OAuthSignin: "Inloggen via je gemeente lukt nu niet. Probeer het later opnieuw of log in met je wachtwoord.",
  Callback: "Inloggen via je gemeente is niet gelukt. Probeer het opnieuw of log in met je wachtwoord.",
  OAuthAccountNotLinked: "Inloggen via je gemeente is niet gelukt. Probeer het opnieuw of log in met je wachtwoord.",
  Default: "Inloggen is niet gelukt. Probeer het opnieuw.",
} as const;

/**
 * Heads the list of what to correct on the login forms. Not "Er ging iets mis": nothing failed, a
 * field needs another look. Also in the catalogue (nl.shared.login), where the language test reads it.
 */
export const LOGIN_SUMMARY_TITLE = "Nog niet gelukt. Kijk dit na:";

export type LoginErrorCode = keyof typeof LOGIN_ERROR_MESSAGES;

export function loginErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return (LOGIN_ERROR_MESSAGES as Record<string, string>)[code] ?? LOGIN_ERROR_MESSAGES.Default;
}
