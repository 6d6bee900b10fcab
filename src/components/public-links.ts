/**
 * Links on a gemeente's public page, as data. `available` says whether the page exists yet
 * (src/components/public-links.test.ts checks it against src/app/g/[gemeente]/…).
 */
import type { Messages } from "@/i18n/messages";

type PublicLinkKey = "partners" | "offer" | "agenda" | "signal" | "help";
export type PublicLink = { key: PublicLinkKey & keyof Messages["publicGemeente"]; segment: string; available: boolean };

export const PUBLIC_LINKS: readonly PublicLink[] = [
  { key: "signal", segment: "zorgen", available: true },
  { key: "partners", segment: "partners", available: true },
  { key: "offer", segment: "aanbod", available: true },
  { key: "agenda", segment: "agenda", available: true },
  { key: "help", segment: "help", available: true },
];

export function publicHref(slug: string, link: Pick<PublicLink, "segment">): string {
  return `/g/${encodeURIComponent(slug)}/${link.segment}`;
}
