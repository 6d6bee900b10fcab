import Link from "next/link";
import type { MembershipInfo } from "@/lib/auth/context";

/** Plain links (work without JavaScript); shown only to people in more than one gemeente. */
export function GemeenteSwitcher({
  memberships,
  currentSlug,
  label,
  currentLabel,
}: {
  memberships: MembershipInfo[];
  currentSlug: string;
  label: string;
  currentLabel: string;
}) {
  if (memberships.length < 2) return null;
  const sorted = [...memberships].sort((a, b) => a.gemeenteName.localeCompare(b.gemeenteName, "nl"));
  return (
    <nav aria-label={label} className="text-sm">
      <details className="relative">
        <summary className="cursor-pointer rounded-md border border-line px-3 py-1.5 font-medium hover:bg-surface">{label}</summary>
        <ul className="absolute right-0 z-10 mt-1 min-w-56 rounded-md border border-line bg-white p-1 shadow-lg">
          {sorted.map((m) => (
            <li key={m.gemeenteId}>
              {m.gemeenteSlug === currentSlug ? (
                <span aria-current="page" className="block rounded px-3 py-2 font-semibold">
                  {m.gemeenteName} <span className="font-normal text-muted">({currentLabel})</span>
                </span>
              ) : (
                <Link
                  prefetch="auto"
                  href={`/app/${encodeURIComponent(m.gemeenteSlug)}`}
                  className="block rounded px-3 py-2 hover:bg-surface"
                >
                  {m.gemeenteName}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
