import type { Messages } from "@/i18n/messages";

/** A `pagina` query value as a page number; anything else is page 1 (a link with a typo still shows the list). */
export function pageParam(raw: string | undefined): number {
  return raw && /^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
}

/**
 * The page numbers to link: the first and the last, and two on each side of the current one; a gap
 * between them is null (shown as "…"). With 50 pages a list of every number is a wall of links.
 */
export function pageWindow(page: number, pages: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= around) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  // A gap of one page is that page, not "…".
  return out.map((p, i) => (p === null && out[i - 1]! + 2 === out[i + 1] ? out[i - 1]! + 1 : p));
}

/**
 * The numbered page links under a list (aanbod, partners, the national view): previous, the first and last
 * page and those around the current one (marked with aria-current), and next. Plain links, so they work
 * without JavaScript and from the public cache. Renders nothing for a single page.
 */
export function PageNumbers({
  page,
  pages,
  href,
  texts,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  texts: Messages["publicPages"]["pageNumbers"];
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={texts.label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <a className="inline-block px-2 py-1 underline" href={href(page - 1)}>
              {texts.previous}
            </a>
          </li>
        )}
        {pageWindow(page, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1">
              …
            </li>
          ) : (
            <li key={p}>
              <a
                aria-current={p === page ? "page" : undefined}
                href={href(p)}
                className={
                  p === page
                    ? "inline-block min-w-8 rounded bg-brand px-2 py-1 text-center font-bold text-white"
                    : "inline-block min-w-8 rounded border border-line px-2 py-1 text-center underline"
                }
              >
                <span className="sr-only">{texts.page}</span>
                {p}
              </a>
            </li>
          ),
        )}
        {page < pages && (
          <li>
            <a className="inline-block px-2 py-1 underline" href={href(page + 1)}>
              {texts.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
