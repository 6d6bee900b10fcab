/**
 * The accounts the e2e tests log in with. They come from the demo seed (prisma/seed/demo-accounts.ts)
 * once that exists; until then tests/e2e/support/minimal-seed.ts creates exactly these.
 */
import type { TenantRole } from "../../../src/lib/auth/permissions";

export type E2EAccount = {
  email: string;
  password: string;
  name: string;
  memberships: { gemeente: "samenstad" | "tweestad"; role: TenantRole }[];
};

export const E2E_PASSWORD = "Samen-tegen-eenzaamheid-2026";

export const E2E_GEMEENTEN = {
  samenstad: { slug: "samenstad", name: "Samenstad", inhabitants: 55_000 },
  tweestad: { slug: "tweestad", name: "Tweestad", inhabitants: 32_000 },
} as const;

export const E2E_ACCOUNTS = {
  regisseur: { email: "regisseur@samenstad.test", password: E2E_PASSWORD, name: "Rana Regisseur", memberships: [{ gemeente: "samenstad", role: "REGISSEUR" }] },
  loket: { email: "loket@samenstad.test", password: E2E_PASSWORD, name: "Lotte Loket", memberships: [{ gemeente: "samenstad", role: "LOKET" }] },
  ondernemer: { email: "ondernemer@samenstad.test", password: E2E_PASSWORD, name: "Omar Ondernemer", memberships: [{ gemeente: "samenstad", role: "ONDERNEMER" }] },
  ambtenaar: { email: "ambtenaar@samenstad.test", password: E2E_PASSWORD, name: "Anna Ambtenaar", memberships: [{ gemeente: "samenstad", role: "AMBTENAAR" }] },
  /** Works in two gemeenten: for the gemeente switcher. */
  tweeGemeenten: {
    email: "twee@samenstad.test",
    password: E2E_PASSWORD,
    name: "Tim Tweegemeenten",
    memberships: [
      { gemeente: "samenstad", role: "REGISSEUR" },
      { gemeente: "tweestad", role: "AMBTENAAR" },
    ],
  },
} satisfies Record<string, E2EAccount>;

export type E2ERole = keyof typeof E2E_ACCOUNTS;
