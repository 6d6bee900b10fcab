import type { Messages } from "@/i18n/messages";

/**
 * The numbered page links under a public list (aanbod, partners): previous, every page number (the current
 * one marked with aria-current) and next. Plain links, so they work without JavaScript and from the
 * public cache. Renders nothing for a single page.
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
        {Array.from({ length: pages }, (_, i) => i + 1).map((p) => (
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
        ))}
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
