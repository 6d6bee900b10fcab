/**
 * The navigation of the logged-in shell, as ONE data table. Each item names the permission it
 * needs; `navFor(role)` filters with can() from the permission table. The UI only hides links:
 * every page checks the permission again on the server.
 *
 * `available` says whether the page exists yet. Keep it in step with src/app/app/[gemeente]/…:
 * src/components/shell/nav.test.ts fails when a flag and the file tree disagree.
 */
import { can, type Permission } from "@/lib/auth/permissions";
import type { Messages } from "@/i18n/messages";

type NavKey = keyof Messages["nav"];

export type NavItem = {
  key: NavKey;
  /** Path below /app/[gemeente]; "" is the overview. */
  segment: string;
  permission: Permission;
  /** Only for these roles (besides the permission): a page that is about this role's own work. */
  roles?: readonly string[];
  available: boolean;
};

export const NAV_ITEMS: readonly NavItem[] = [
  { key: "overview", segment: "", permission: "gemeente:read", available: true },
  { key: "worries", segment: "zorgen", permission: "signals:create", roles: ["ONDERNEMER", "PARTNER"], available: true },
  { key: "engagement", segment: "ondernemers", permission: "engagement:read", available: true },
  { key: "partners", segment: "partners", permission: "partners:read", available: true },
  { key: "signals", segment: "signalen", permission: "signals:work", available: true },
  { key: "organisation", segment: "mijn-organisatie", permission: "organisation:self", available: true },
  { key: "settings", segment: "instellingen", permission: "engagement:manage", available: true },
  { key: "offer", segment: "aanbod", permission: "dashboard:read", available: true },
  { key: "budget", segment: "budget", permission: "dashboard:read", available: true },
  { key: "agenda", segment: "agenda", permission: "gemeente:read", available: true },
  { key: "campaigns", segment: "campagnes", permission: "dashboard:read", available: true },
  { key: "dashboard", segment: "dashboard", permission: "dashboard:read", available: true },
  { key: "plan", segment: "plan", permission: "dashboard:read", available: true },
  { key: "klankbord", segment: "klankbordgroep", permission: "dashboard:read", available: true },
  { key: "people", segment: "mensen", permission: "members:manage", available: true },
  { key: "audit", segment: "logboek", permission: "audit:read", available: true },
];

/** The items a role may see; only pages that exist, unless `includeUnavailable`. */
export function navFor(role: unknown, opts: { includeUnavailable?: boolean } = {}): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      can(role, item.permission) && (!item.roles || item.roles.includes(String(role))) && (opts.includeUnavailable || item.available),
  );
}

export function navHref(gemeenteSlug: string, item: Pick<NavItem, "segment">): string {
  const base = `/app/${encodeURIComponent(gemeenteSlug)}`;
  return item.segment ? `${base}/${item.segment}` : base;
}
