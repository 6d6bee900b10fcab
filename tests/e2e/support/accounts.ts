/**
 * The accounts the e2e tests log in with: the demo accounts of the seed (prisma/seed/demo-accounts.ts),
 * seeded with the demo password. Accounts without a password (the ondernemer) log in with an
 * e-mail link, which the tests read from the capturing SMTP server.
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "../../../prisma/seed/demo-accounts";

export type E2ERole =
  | "ambtenaar"
  | "regisseur"
  | "loket"
  | "welzijn"
  | "eenzaamheid"
  | "vrijwilliger"
  | "ondernemer"
  | "partner"
  | "ambtenaar-oosterwaard"
  | "twee-gemeenten"
  | "adviseur"
  | "beheerder";

export type E2EAccount = DemoAccount & { plainPassword: string | null };

export function e2eAccount(role: E2ERole): E2EAccount {
  const a = DEMO_ACCOUNTS.find((d) => d.key === role);
  if (!a) throw new Error(`No demo account "${role}" in prisma/seed/demo-accounts.ts`);
  return { ...a, plainPassword: a.password ? DEMO_PASSWORD : null };
}
