"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type AppNavLink = { key: string; href: string; label: string };

/** The per-role navigation; marks the current page with aria-current. */
export function AppNav({ links, label }: { links: AppNavLink[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-line bg-surface print:hidden">
      <ul className="mx-auto flex max-w-screen-2xl flex-wrap gap-0.5 px-2 text-sm xl:px-4">
        {links.map((l) => {
          const overview = l.href.split("/").length === 3;
          const current = overview ? pathname === l.href : pathname === l.href || pathname.startsWith(`${l.href}/`);
          return (
            <li key={l.key}>
              <Link
                prefetch="auto"
                href={l.href}
                data-nav={l.key}
                aria-current={current ? "page" : undefined}
                className={
                  current
                    ? "block border-b-4 border-brand px-1.5 py-3 font-semibold text-brand-strong no-underline"
                    : "block border-b-4 border-transparent px-1.5 py-3 text-ink no-underline hover:border-line hover:underline"
                }
              >
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
