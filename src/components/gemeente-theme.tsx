import { getT } from "@/i18n/server";

/**
 * Links the gemeente's own stylesheet (its design tokens, /thema/[gemeente]/stijl.css) into the page.
 * React hoists it into <head>; it is a file from our own origin, so the CSP allows it.
 */
export function GemeenteTheme({ slug }: { slug: string }) {
  return <link rel="stylesheet" href={`/thema/${encodeURIComponent(slug)}/stijl.css`} precedence="high" />;
}

/**
 * The gemeente's own logo (uploaded on the house-style page), from our own origin; nothing without
 * one. The address carries the logo's hash, so a new logo shows at once and an unchanged one is cached.
 */
export async function GemeenteLogo({
  slug,
  name,
  logo,
  className = "h-10 w-auto",
}: {
  slug: string;
  name: string;
  logo: { sha256: string; width: number; height: number } | null;
  className?: string;
}) {
  if (!logo) return null;
  const { t } = await getT();
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a small stored image from our own origin; next/image would add an optimiser route
    <img
      src={`/thema/${encodeURIComponent(slug)}/logo?v=${logo.sha256}`}
      alt={t.legalPages.logoAlt(name)}
      width={logo.width}
      height={logo.height}
      className={className}
    />
  );
}
