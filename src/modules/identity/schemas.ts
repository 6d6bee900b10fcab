import { z } from "zod";

/** Is this an address on this machine? Only there may a provider run on plain http (tests, a local Keycloak). */
function isLoopbackHost(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}

const DOMAIN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "samenstad.nl, Wijk.Samenstad.nl" → ["samenstad.nl", "wijk.samenstad.nl"] (lower case, no doubles). */
export function parseDomains(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
        .filter(Boolean),
    ),
  ];
}

export const ZIdentityProviderInput = z.object({
  issuer: z
    .string({ error: "Vul het adres (issuer) van de inlogdienst in." })
    .trim()
    .min(1, { error: "Vul het adres (issuer) van de inlogdienst in." })
    .max(300, { error: "Het adres mag hoogstens 300 tekens hebben." })
    .refine(
      (v) => {
        try {
          const u = new URL(v);
          return u.protocol === "https:" || (u.protocol === "http:" && isLoopbackHost(u.hostname));
        } catch {
          return false;
        }
      },
      { error: "Vul een volledig adres in dat begint met https://, bijvoorbeeld https://login.gemeente.nl/realms/medewerkers." },
    )
    .transform((v) => v.replace(/\/+$/, "")),
  clientId: z
    .string({ error: "Vul de client-ID in." })
    .trim()
    .min(1, { error: "Vul de client-ID in." })
    .max(200, { error: "De client-ID mag hoogstens 200 tekens hebben." }),
  /** Empty when changing an existing provider: the stored secret stays. */
  clientSecret: z.string().max(500, { error: "Het geheim mag hoogstens 500 tekens hebben." }).optional().default(""),
  domains: z
    .string({ error: "Vul minstens één e-maildomein in." })
    .max(1000, { error: "Vul hoogstens 1000 tekens aan domeinen in." })
    .transform(parseDomains)
    .refine((list) => list.length >= 1, { error: "Vul minstens één e-maildomein in, bijvoorbeeld samenstad.nl." })
    .refine((list) => list.length <= 20, { error: "Vul hoogstens 20 e-maildomeinen in." })
    .refine((list) => list.every((d) => DOMAIN.test(d)), {
      error: "Een van de domeinen klopt niet. Schrijf ze zo: samenstad.nl, gemeente-samenstad.nl.",
    }),
});

/** What the admin page shows: never the secret. */
export type TIdentityProviderView = { issuer: string; clientId: string; domains: string[]; updatedAt: string };
