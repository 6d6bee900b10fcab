/**
 * Server helpers for the engagement pages: the shared page helper with engagement:read as the
 * default permission (every page calls it; the layout only checks gemeente:read), and the tabs.
 */
import "server-only";
import Link from "next/link";
import { pageContext, type PageContext } from "@/components/shell/page-context";
import type { Permission } from "@/lib/auth/permissions";
import { getT } from "@/i18n/server";
import { formatDate as mediumDate } from "@/lib/text/dates";

export function engagementContext(slug: string, title: string, permission: Permission = "engagement:read"): Promise<PageContext> {
  return pageContext(slug, title, permission);
}

/** The sub-navigation of the engagement pages. */
export async function EngagementTabs({
  slug,
  current,
}: {
  slug: string;
  current: "register" | "matrix" | "pijplijn" | "importeren" | "instellingen";
}) {
  const texts = (await getT()).t.engagementPages.tabs;
  const base = `/app/${encodeURIComponent(slug)}/ondernemers`;
  const tabs = [
    ["register", base, texts.register],
    ["matrix", `${base}/matrix`, texts.matrix],
    ["pijplijn", `${base}/pijplijn`, texts.pipeline],
    ["importeren", `${base}/importeren`, texts.import],
    ["instellingen", `/app/${encodeURIComponent(slug)}/instellingen`, texts.settings],
  ] as const;
  return (
    <nav aria-label={texts.nav} className="mt-4">
      <ul className="flex flex-wrap gap-4">
        {tabs.map(([key, href, label]) => (
          <li key={key}>
            <Link
              prefetch="auto"
              href={href}
              aria-current={key === current ? "page" : undefined}
              className={key === current ? "font-bold underline" : "underline"}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function formatDate(d: Date | null | undefined): string {
  return d ? mediumDate(d) : "—";
}
