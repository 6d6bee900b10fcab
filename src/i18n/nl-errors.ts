/** Part of the Dutch catalogue (nl.ts, which assembles it): the `errors` section. */
export const errors = {
  notFoundTitle: "Deze pagina bestaat niet",
  notFoundText: "De pagina is er niet (meer), of is niet open voor dit account. Controleer het adres.",
  errorTitle: "Er ging iets mis",
  errorText: "Er ging iets mis aan onze kant. Probeer het opnieuw. Lukt het niet? Probeer het later nog eens.",
  retry: "Probeer het opnieuw",
  reference: (ref: string) => `Kenmerk: ${ref}`,
  forbiddenTitle: "Geen toegang",
  forbiddenText: "Dit account heeft geen toestemming voor deze pagina.",
};
