/** Part of the Dutch catalogue (nl.ts, which assembles it): the `common` section. */
export const common = {
  skipLink: "Naar de inhoud",
  appName: "Samenkracht",
  tagline: "Samen tegen eenzaamheid",
  login: "Inloggen",
  logout: "Uitloggen",
  backHome: "Terug naar de startpagina",
  mainNav: "Hoofdmenu",
  footer: "Samenkracht is een platform voor lokale coalities tegen eenzaamheid.",
  language: "Taal",
  languageSwitch: "Taal kiezen",
  languageNames: { nl: "Nederlands", en: "English" },
};
